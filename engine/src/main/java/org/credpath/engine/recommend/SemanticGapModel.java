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
public record SemanticGapModel(SemanticRelevance relevance, Esco esco, Weights weights, ModelInfo info,
        ReferenceGoals reference) implements ServingModel {

    public static final String ID = "semantic-gap";

    /**
     * @param similarity weight of the cosine to the goal (about 0.1-0.7 for related texts)
     * @param gap        weight of the gap share (0..1)
     * @param interest   weight of the closest cosine to one of the learner's {@code interests} (0 when they list none)
     * @param floor      the least score a credential needs to be shown: below it, fewer than {@code k} are
     *                   returned rather than irrelevant fillers (0 = no floor)
     * @param stretch    subtracted from the score of a credential beyond the learner's time or budget
     *                   ({@link Feasibility})
     * @param hub        how much of a credential's hubness (its closeness to goals in general,
     *                   {@link SemanticRelevance#hubness}) is taken off its cosine to the learner's goal and interests
     */
    public record Weights(double similarity, double gap, double interest, double floor, double stretch, double hub) {
        /** Chosen on the judged development half (docs/ranking.md, "Judged relevance"). */
        public static final Weights DEFAULTS = new Weights(2.0, 2.0, 2.0, 0.0, 0.3, 0.0);

        /** Goal similarity and gap share only. */
        public Weights(double similarity, double gap) {
            this(similarity, gap, 0, 0, 0, 0);
        }

        /**
         * {@code "similarity,gap[,interest[,floor[,stretch]]]"} (e.g. {@code "1,0.5"} or {@code "1,2,1,0,0.5"}, from a
         * source {@code semantic-gap@1,0.5}); missing trailing values are 0 (off), so a name keeps its meaning when
         * the defaults change; the defaults when null.
         */
        public static Weights parse(String text) {
            if (text == null) {
                return DEFAULTS;
            }
            String[] parts = text.split(",");
            double[] v = new double[6];
            try {
                if (parts.length >= 2 && parts.length <= v.length) {
                    for (int i = 0; i < parts.length; i++) {
                        v[i] = Double.parseDouble(parts[i].strip());
                    }
                    return new Weights(v[0], v[1], v[2], v[3], v[4], v[5]);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("semantic-gap weights: expected 'similarity,gap[,interest[,floor[,stretch[,hub]]]]'"
                    + " such as '1,0.5' or '1,2,1,0,0.5', got '" + text + "'");
        }

        public Weights {
            if (!(similarity >= 0) || !(gap >= 0) || !(interest >= 0) || similarity + gap == 0) {
                throw new IllegalArgumentException("semantic-gap weights: need similarity, gap and interest >= 0,"
                        + " similarity and gap not both 0; got " + similarity + ", " + gap + ", " + interest);
            }
            if (!(floor >= 0) || !Double.isFinite(floor) || !(stretch >= 0) || !Double.isFinite(stretch)
                    || !(hub >= 0) || !(hub <= 1)) {
                throw new IllegalArgumentException("semantic-gap floor, stretch and hub: need finite numbers >= 0"
                        + " (hub at most 1), got " + floor + ", " + stretch + ", " + hub);
            }
        }
    }

    public SemanticGapModel {
        Objects.requireNonNull(relevance, "relevance");
        Objects.requireNonNull(esco, "esco");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(reference, "reference");
    }

    public static SemanticGapModel of(SemanticRelevance relevance, Esco esco, Weights weights) {
        ObjectNode p = ExchangeJson.mapper().createObjectNode();
        p.put("model", ID);
        p.put("version", "1");
        p.put("trained", false);
        p.put("encoder", relevance.encoder().id());
        p.put("description", "score = " + weights.similarity() + " x cosine(credential text, goal occupation's label"
                + " and description) + " + weights.gap() + " x share of the gap's weight taught + " + weights.interest()
                + " x the closest cosine to one of the learner's interests (each cosine less " + weights.hub()
                + " x the credential's hubness) - " + weights.stretch() + " for a credential"
                + " beyond the learner's time or budget; credentials scoring below "
                + weights.floor() + " are not shown. Untrained.");
        p.put("loadedAt", Instant.now().toString());
        return new SemanticGapModel(relevance, esco, weights, new ModelInfo(ID, "1", p, null),
                new ReferenceGoals(esco, relevance));
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates) {
        EscoOccupation goal = goal(learner, esco);
        float[] g = goal == null ? null : relevance.occupation(goal);
        List<float[]> interests = weights.interest() == 0 ? List.of()
                : learner.learner().interests().stream().map(relevance::phrase).toList();
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            Credential c = candidates.get(i);
            double hub = weights.hub() == 0 ? 0 : weights.hub() * reference.hubness(c);
            double sim = g == null ? 0 : relevance.similarity(g, c) - hub;
            double interest = interests.isEmpty() ? 0 : closest(interests, c) - hub;
            out[i] = weights.similarity() * sim + weights.gap() * learner.gapCoverage(c.skills().stream().distinct().toList())
                    + weights.interest() * interest
                    - (Feasibility.stretch(learner.learner(), c) ? weights.stretch() : 0);
        }
        return out;
    }

    @Override
    public double minimumScore() {
        return weights.floor() > 0 ? weights.floor() : ServingModel.super.minimumScore();
    }

    private double closest(List<float[]> interests, Credential c) {
        double best = 0;
        for (float[] v : interests) {
            best = Math.max(best, relevance.similarity(v, c));
        }
        return best;
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
