package org.credpath.engine.recommend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A re-ranker learned from adviser grades (the judged development half, {@code ./credpath train
 * judged-ranker}): the {@link RelevanceFeatures} of each candidate, standardised, through one or more
 * logistic heads; the score is the sum of the heads' probabilities (with heads "grade >= 1" and
 * "grade >= 2", an expected-grade-like score); optionally served as a correction on the untrained prior
 * ({@link Weights#prior()}, {@link ResidualModel}). Its folder holds {@value #WEIGHTS} and a
 * {@code provenance.json} whose {@code model} is {@value #KIND}; a folder trained on another feature
 * list is refused by name.
 */
public final class JudgedRankerModel implements ServingModel {

    public static final String KIND = "judged-ranker";
    public static final String WEIGHTS = "weights.json";

    /**
     * A saved model's numbers.
     *
     * @param features the feature names it was trained on ({@link RelevanceFeatures#NAMES} when servable)
     * @param mean     each feature's training mean
     * @param scale    each feature's training standard deviation (1 where it was 0)
     * @param heads    the logistic heads, summed
     * @param prior    null: the learned score alone; {@value SemanticGapModel#ID}: the learned score as a correction
     *                 on that prior (its served weights), {@link ResidualModel}
     * @param residual the weight of the correction (the learned score standardised over the learner's candidates)
     */
    public record Weights(List<String> features, double[] mean, double[] scale, List<Head> heads, String prior,
            double residual) {
        public Weights {
            if (prior != null && !prior.equals(SemanticGapModel.ID)) {
                throw new IllegalArgumentException("weights: prior: only '" + SemanticGapModel.ID
                        + "' (or none) is supported, got '" + prior + "'");
            }
            if (!(residual >= 0 && Double.isFinite(residual)) || (prior != null) != (residual > 0)) {
                throw new IllegalArgumentException("weights: residual: a finite number > 0 with a prior, 0 without one;"
                        + " got " + residual + " (prior " + prior + ")");
            }
            features = List.copyOf(Objects.requireNonNull(features, "features"));
            heads = List.copyOf(Objects.requireNonNull(heads, "heads"));
            int n = features.size();
            if (mean == null || scale == null || mean.length != n || scale.length != n) {
                throw new IllegalArgumentException("weights: mean and scale need one value per feature (" + n + ")");
            }
            if (heads.isEmpty()) {
                throw new IllegalArgumentException("weights: heads: need at least one");
            }
            for (Head h : heads) {
                if (h.coefficients() == null || h.coefficients().length != n) {
                    throw new IllegalArgumentException("weights: head '" + h.name() + "' needs " + n + " coefficients");
                }
            }
        }

        /** The score of standardised-on-the-fly raw features. */
        public double score(double[] raw) {
            double sum = 0;
            for (Head h : heads) {
                double z = h.intercept();
                for (int j = 0; j < raw.length; j++) {
                    z += h.coefficients()[j] * (raw[j] - mean[j]) / scale[j];
                }
                sum += 1 / (1 + Math.exp(-z));
            }
            return sum;
        }
    }

    /** One logistic head: what it predicts (e.g. "grade>=2"), its coefficients on standardised features. */
    public record Head(String name, double[] coefficients, double intercept) {
    }

    private final ModelInfo info;
    private final Weights weights;
    private final RelevanceFeatures features;

    public JudgedRankerModel(ModelInfo info, Weights weights, RelevanceFeatures features) {
        this.info = Objects.requireNonNull(info, "info");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.features = Objects.requireNonNull(features, "features");
        if (!weights.features().equals(RelevanceFeatures.NAMES)) {
            throw new IllegalArgumentException("model " + info.id() + ": trained on features " + weights.features()
                    + " but this engine extracts " + RelevanceFeatures.NAMES
                    + "; retrain it (./credpath train judged-ranker)");
        }
    }

    /**
     * Loads a model folder ({@value #WEIGHTS} beside its provenance): the learned model, or, when its weights name
     * a prior, the learned model as a correction on {@code prior} under the folder's identity.
     */
    public static ServingModel load(Path dir, JsonNode provenance, RelevanceFeatures features, ServingModel prior) {
        JudgedRankerModel learned = loadLearned(dir, provenance, features);
        return learned.weights().prior() == null ? learned
                : new ResidualModel(prior, learned, learned.weights().residual(), learned.info());
    }

    /** The learned part of a model folder alone. */
    public static JudgedRankerModel loadLearned(Path dir, JsonNode provenance, RelevanceFeatures features) {
        ModelInfo info = Dl4jServingModel.info(dir, provenance, ServingModels.metrics(ExchangeJson.mapper(), dir));
        Path file = dir.resolve(WEIGHTS);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("model " + info.id() + ": no " + WEIGHTS + " in the folder");
        }
        try {
            return new JudgedRankerModel(info, ExchangeJson.mapper().readValue(Files.readString(file), Weights.class),
                    features);
        } catch (IOException e) {
            throw new UncheckedIOException("model " + info.id() + ": cannot read " + WEIGHTS, e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("model " + info.id() + ": " + WEIGHTS + " is not valid: "
                    + e.getOriginalMessage(), e);
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    public Weights weights() {
        return weights;
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates) {
        double[][] rows = features.rows(learner, candidates);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = weights.score(rows[i]);
        }
        return out;
    }
}
