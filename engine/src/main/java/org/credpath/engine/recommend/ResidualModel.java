package org.credpath.engine.recommend;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.events.FeedbackCounts;

import tools.jackson.databind.node.ObjectNode;

/**
 * A learned ranker as a correction on an untrained prior: score = prior + weight x the learned
 * model's score standardised over the learner's candidates (mean 0, standard deviation 1), so the
 * learned model can reorder close calls but never buries what the prior finds clearly relevant
 * unless the weight says so. Weight 0 is the prior alone.
 */
public record ResidualModel(ServingModel prior, ServingModel learned, double weight, ModelInfo info)
        implements ServingModel {

    /** The weight when a source names none: a small correction (the weights measured on the judged set are in docs/ranking.md). */
    public static final double DEFAULT_WEIGHT = 0.05;

    public ResidualModel {
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(learned, "learned");
        if (!(weight >= 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("residual weight: must be a finite number >= 0, got " + weight);
        }
        Objects.requireNonNull(info, "info");
    }

    public static ResidualModel of(ServingModel prior, ServingModel learned, double weight) {
        String id = prior.info().id() + "+" + learned.info().id();
        ObjectNode p = ExchangeJson.mapper().createObjectNode();
        p.put("model", id);
        p.put("version", prior.info().version() + "+" + learned.info().version());
        p.put("description", "score = " + prior.info().id() + " + " + weight + " x standardised " + learned.info().id());
        p.put("weight", weight);
        p.put("loadedAt", Instant.now().toString());
        return new ResidualModel(prior, learned, weight, new ModelInfo(id, prior.info().version() + "+"
                + learned.info().version(), p, null));
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates) {
        return score(learner, candidates, FeedbackCounts.none());
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates, FeedbackCounts feedback) {
        double[] out = prior.score(learner, candidates, feedback);
        if (weight == 0 || candidates.size() < 2) {
            return out;
        }
        double[] z = standardised(learned.score(learner, candidates, feedback));
        for (int i = 0; i < out.length; i++) {
            out[i] += weight * z[i];
        }
        return out;
    }

    /** {@code s} less its mean, over its standard deviation (all 0 when the deviation is 0). */
    public static double[] standardised(double[] s) {
        double mean = 0;
        for (double v : s) {
            mean += v;
        }
        mean /= s.length;
        double var = 0;
        for (double v : s) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / s.length);
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = sd == 0 ? 0 : (s[i] - mean) / sd;
        }
        return out;
    }
}
