package org.credpath.engine.recommend;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.text.semantic.SemanticRelevance;

import tools.jackson.databind.node.ObjectNode;

/**
 * The untrained relevance prior: how close a credential is in meaning to the learner's goal (the
 * target occupation, or the current one when there is no target or the target is the current
 * occupation), by the sentence encoder's cosine, plus the share of the gap's weight it teaches by
 * ESCO skill. The cosine carries the topic (an SEO course for an SEO expert, even when its tags and
 * the occupation's essential skills name different ESCO concepts); the gap share rewards credentials
 * that teach the named missing skills.
 *
 * @param weights how the two signals add up
 */
public record SemanticGapModel(SemanticRelevance relevance, Esco esco, Weights weights, ModelInfo info)
        implements ServingModel {

    public static final String ID = "semantic-gap";

    /**
     * @param similarity weight of the cosine to the goal (about 0.1-0.7 for related texts)
     * @param gap        weight of the gap share (0..1)
     */
    public record Weights(double similarity, double gap) {
        /** Chosen on the judged development half: gap weights 0 to 5 were within noise there (docs/ranking.md). */
        public static final Weights DEFAULTS = new Weights(1.0, 2.0);

        /**
         * {@code "similarity,gap"} (e.g. {@code "1,0.5"}, from a model source {@code semantic-gap@1,0.5}), or
         * the defaults when null.
         */
        public static Weights parse(String text) {
            if (text == null) {
                return DEFAULTS;
            }
            String[] parts = text.split(",");
            try {
                if (parts.length == 2) {
                    return new Weights(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("semantic-gap weights: expected 'similarity,gap' such as '1,0.5', got '"
                    + text + "'");
        }

        public Weights {
            if (!(similarity >= 0) || !(gap >= 0) || similarity + gap == 0) {
                throw new IllegalArgumentException("semantic-gap weights: need similarity >= 0 and gap >= 0, not both 0;"
                        + " got " + similarity + ", " + gap);
            }
        }
    }

    public SemanticGapModel {
        Objects.requireNonNull(relevance, "relevance");
        Objects.requireNonNull(esco, "esco");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(info, "info");
    }

    public static SemanticGapModel of(SemanticRelevance relevance, Esco esco, Weights weights) {
        ObjectNode p = ExchangeJson.mapper().createObjectNode();
        p.put("model", ID);
        p.put("version", "1");
        p.put("trained", false);
        p.put("encoder", relevance.encoder().id());
        p.put("description", "score = " + weights.similarity() + " x cosine(credential text, goal occupation's label"
                + " and description) + " + weights.gap() + " x share of the gap's weight taught. Untrained.");
        p.put("loadedAt", Instant.now().toString());
        return new SemanticGapModel(relevance, esco, weights, new ModelInfo(ID, "1", p, null));
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates) {
        EscoOccupation goal = goal(learner, esco);
        float[] g = goal == null ? null : relevance.occupation(goal);
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            Credential c = candidates.get(i);
            double sim = g == null ? 0 : relevance.similarity(g, c);
            out[i] = weights.similarity() * sim + weights.gap() * learner.gapCoverage(c.skills().stream().distinct().toList());
        }
        return out;
    }

    /** The occupation the learner works toward: the target, else the current one; null when neither is known. */
    static EscoOccupation goal(LearnerView learner, Esco esco) {
        var target = learner.prepared().target();
        if (target != null) {
            return esco.occupation(target.uri()).orElse(learner.prepared().current());
        }
        return learner.prepared().current();
    }
}
