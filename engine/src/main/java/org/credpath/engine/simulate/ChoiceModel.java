package org.credpath.engine.simulate;

import java.util.Locale;

/**
 * How simulated learners value a credential and how strongly the list position hides items.
 * Utility terms (see docs/ranking.md): demand-weighted coverage of the essential gap, coverage
 * of the optional gap, appeal (log review count), over-budget cost, hours beyond the time
 * available, distance from the preferred level, and Gumbel noise.
 *
 * @param coverage        weight of demand-weighted essential-gap coverage
 * @param optional        weight of optional-gap coverage
 * @param appeal          weight of standardised appeal (popularity)
 * @param overBudget      penalty per unit of cost above budget (relative), or a flat penalty when {@code hardBudget}
 * @param overHours       penalty per unit of hours above the hours available (relative)
 * @param levelGap        penalty per level step away from the preferred level
 * @param certificate     bonus for specializations and professional certificates
 * @param noise           scale of the Gumbel noise
 * @param positionDecay   examination probability at position p is {@code p^-positionDecay}
 * @param sqrtCoverage    diminishing returns: coverage enters as its square root
 * @param hardBudget      any cost above budget costs {@code overBudget} flat
 */
public record ChoiceModel(String name, double coverage, double optional, double appeal, double overBudget,
        double overHours, double levelGap, double certificate, double noise, double positionDecay,
        boolean sqrtCoverage, boolean hardBudget) implements LearnerChoice {

    public ChoiceModel {
        if (noise < 0 || positionDecay < 0) {
            throw new IllegalArgumentException("choice model " + name + ": noise and position decay must be >= 0");
        }
    }

    /** The main model. */
    public static final ChoiceModel V1 = new ChoiceModel("v1", 4.0, 1.5, 0.6, 1.2, 0.8, 0.6, 0.0, 0.7, 0.8,
            false, false);

    /** A robustness variant: diminishing coverage returns, hard budget, certificate taste, steeper position bias. */
    public static final ChoiceModel V2 = new ChoiceModel("v2", 3.0, 0.8, 1.0, 2.0, 1.2, 0.3, 0.7, 0.9, 1.1,
            true, true);

    /** v1 or v2; {@link LearnerChoice#named} also knows v3, which has another form. */
    public static ChoiceModel named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "v1" -> V1;
            case "v2" -> V2;
            default -> throw new IllegalArgumentException("--choice-model must be v1 or v2, got '" + name + "'");
        };
    }

    /** Deterministic part of the utility from the learner-credential quantities. */
    public double utility(double essentialCoverage, double optionalCoverage, double appealZ, double costOverBudget,
            double hoursOverAvailable, int levelSteps, boolean isCertificate) {
        double cov = sqrtCoverage ? Math.sqrt(essentialCoverage) : essentialCoverage;
        double budget = hardBudget ? (costOverBudget > 1 ? overBudget : 0) : overBudget * Math.max(0, costOverBudget - 1);
        return coverage * cov + optional * optionalCoverage + appeal * appealZ - budget
                - overHours * Math.max(0, hoursOverAvailable - 1) - levelGap * levelSteps
                + (isCertificate ? certificate : 0);
    }

    @Override
    public double examination(int position) {
        return Math.pow(position, -positionDecay);
    }
}
