package org.credpath.engine.recommend;

import java.time.Instant;
import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The untrained fallback ranker: a candidate's score is the share of the learner's gap weight it
 * teaches (distinct skills, duplicates counted once), with retrieval order as the tie-break. It
 * is what answers when no trained ranker is loaded, and it says so ({@code model: gap-coverage}).
 */
public final class GapCoverageModel implements ServingModel {

    public static final String ID = "gap-coverage";
    /** Weight of the retrieval rank in the score: small enough never to outrank a covered gap skill share of 1 %. */
    static final double RANK_TIE_BREAK = 1e-4;

    private final ModelInfo info;

    public GapCoverageModel() {
        this(ExchangeJson.mapper());
    }

    public GapCoverageModel(JsonMapper json) {
        ObjectNode p = json.createObjectNode();
        p.put("model", ID);
        p.put("version", "1");
        p.put("trained", false);
        p.put("description", "score = share of the learner's gap weight (importance x demand) the credential teaches;"
                + " ties broken by hybrid retrieval rank. Untrained: no data, no seed.");
        p.put("loadedAt", Instant.now().toString());
        this.info = new ModelInfo(ID, "1", p, null);
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates) {
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            List<String> skills = candidates.get(i).skills().stream().distinct().toList();
            out[i] = learner.gapCoverage(skills) - RANK_TIE_BREAK * i / Math.max(1, out.length);
        }
        return out;
    }
}
