package org.credpath.engine.returns;

/**
 * One pathway step as the return model sees it.
 *
 * @param completion   probability the learner completes it
 * @param coverageGain share of the gap's weight it teaches (0..1)
 * @param costUsd      its known or estimated price; null = unknown (left out of the return and counted
 *                     in {@link ExpectedReturn#unknownCostSteps()}, never taken as 0)
 * @param skillPremium yearly log-wage premium of the new skills it teaches (no-target case)
 */
public record StepOutcome(String credentialId, double completion, double coverageGain, Double costUsd, double hours,
                          double skillPremium) {
    public StepOutcome {
        if (!(completion >= 0 && completion <= 1)) {
            throw new IllegalArgumentException("completion: must be in [0, 1], got " + completion);
        }
        if (!(coverageGain >= 0 && coverageGain <= 1 + 1e-9)) {
            throw new IllegalArgumentException("coverageGain: must be in [0, 1], got " + coverageGain);
        }
        if (costUsd != null && !(costUsd >= 0) || !(hours >= 0)) {
            throw new IllegalArgumentException("costUsd/hours: must be >= 0, got " + costUsd + "/" + hours);
        }
    }

    /** Relevant to the learner's goal: teaches part of the target's gap (or, with no target, paid skills). */
    public boolean relevant(boolean hasTarget) {
        return hasTarget ? coverageGain > 0 : skillPremium > 0;
    }

    StepOutcome withCompletion(double p) {
        return new StepOutcome(credentialId, p, coverageGain, costUsd, hours, skillPremium);
    }

    StepOutcome withCost(Double usd) {
        return new StepOutcome(credentialId, completion, coverageGain, usd, hours, skillPremium);
    }

    StepOutcome withCoverage(double c) {
        return new StepOutcome(credentialId, completion, c, costUsd, hours, skillPremium);
    }
}
