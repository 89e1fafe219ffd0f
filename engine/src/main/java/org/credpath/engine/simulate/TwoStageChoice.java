package org.credpath.engine.simulate;

import java.util.SplittableRandom;

/**
 * Choice model v3, a two-stage learner written apart from v1/v2 and held out from all tuning
 * (docs/ranking.md, "Choice model v3"). Stage 1, consideration: a credential can be clicked only
 * if its title or skill tags share words with the learner's target occupation
 * ({@link GoalText}) or it was shown at one of the top {@code topRanks} positions of a
 * recommendation list. Stage 2, choice: credentials above the budget, or longer than the time
 * available, are never chosen (hard caps); the rest are valued by {@link #value}; the noise is
 * Gaussian; examination falls geometrically with the position.
 *
 * @param topRanks         positions (1-based, inclusive) whose items are considered whatever their text
 * @param relevance        weight of log(1 + target skills the credential teaches that the learner lacks)
 * @param satiation        penalty weight of the squared share of the credential's skills already held
 * @param providerTrust    weight of the standardised log size of the provider (credentials in the catalogue)
 * @param favourite        bonus for the learner's favourite provider
 * @param unknownCost      penalty for a credential with no stated cost
 * @param pressureHours    a learner with fewer hours available (hours a week x deadline weeks) is time-pressed
 * @param shortPreference  penalty per unit of hours / hours available, for a time-pressed learner
 * @param unknownHours     penalty for a credential with no stated length, for a time-pressed learner
 * @param slack            an unpressed learner still refuses credentials longer than slack x hours available
 * @param noiseSd          standard deviation of the Gaussian noise
 * @param examinationBase  examination probability at position p is {@code examinationBase^(p-1)}
 */
public record TwoStageChoice(String name, int topRanks, double relevance, double satiation, double providerTrust,
        double favourite, double unknownCost, double pressureHours, double shortPreference, double unknownHours,
        double slack, double noiseSd, double examinationBase) implements LearnerChoice {

    public TwoStageChoice {
        if (topRanks < 0 || noiseSd < 0 || !(examinationBase > 0 && examinationBase <= 1) || !(slack >= 1)) {
            throw new IllegalArgumentException("choice model " + name
                    + ": top ranks and noise must be >= 0, examination base in (0, 1], slack >= 1");
        }
    }

    /** The held-out model (constants fixed and documented before any model was run on it). */
    public static final TwoStageChoice V3 = new TwoStageChoice("v3", 3, 1.6, 2.5, 0.5, 1.0, 0.8, 150, 1.5, 0.4,
            2.0, 0.8, 0.8);

    /** What stage 2 sees of one learner-credential pair. */
    public record Pair(int newTargetSkills, double knownShare, double providerSizeZ, boolean favouriteProvider,
            Double costUsd, double budgetUsd, Double hours, double hoursAvailable) {
    }

    /** Noise-free value of a pair; {@link Double#NEGATIVE_INFINITY} when a hard cap rules it out. */
    public double value(Pair p) {
        if (p.costUsd() != null && p.costUsd() > p.budgetUsd()) {
            return Double.NEGATIVE_INFINITY;
        }
        boolean pressed = p.hoursAvailable() < pressureHours;
        double time = 0;
        if (p.hours() == null) {
            time = pressed ? -unknownHours : 0;
        } else if (p.hours() > p.hoursAvailable() * (pressed ? 1 : slack)) {
            return Double.NEGATIVE_INFINITY;
        } else if (pressed) {
            time = -shortPreference * p.hours() / p.hoursAvailable();
        }
        return relevance * Math.log1p(p.newTargetSkills()) - satiation * p.knownShare() * p.knownShare()
                + providerTrust * p.providerSizeZ() + (p.favouriteProvider() ? favourite : 0)
                - (p.costUsd() == null ? unknownCost : 0) + time;
    }

    /** Stage 1: whether an examined item can be clicked at all. */
    public boolean considers(boolean textMatch, int position) {
        return textMatch || position <= topRanks;
    }

    public double noise(SplittableRandom rnd) {
        return noiseSd * LearnerSimulator.gaussian(rnd);
    }

    @Override
    public double examination(int position) {
        return Math.pow(examinationBase, position - 1);
    }
}
