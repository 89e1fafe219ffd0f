package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * An expected return as an estimate (docs/returns.md): the expected value over the horizon after the
 * priced cost with the 80 % interval of the estimate, the yearly gain if completed, the chance of the
 * move with and without the steps and the gain if it happens, and the inputs that drove it.
 *
 * @param medianUsd       median of the estimate
 * @param meanUsd         the expected value
 * @param moveProbability probability of moving into the target with the steps' expected coverage;
 *                        null with no target occupation
 * @param moveProbabilityWithout probability of that move without the steps (the learner's skills as
 *                        they are; the return counts only the moves the steps add); null with no target
 * @param yearlyGainIfCompletedUsd yearly wage gain once every step is completed
 * @param yearlyGainIfMoveUsd yearly gain if the move happens (median wages); null with no target
 * @param currentWageUsd  the current yearly wage used (the occupation's median)
 * @param unknownCostSteps steps whose unknown cost is left out of these figures (never taken as 0)
 * @param summary         the estimate in one sentence
 */
public record ExpectedReturn(double medianUsd, double p10Usd, double p90Usd, double meanUsd, Double moveProbability,
        Double moveProbabilityWithout, Double yearlyGainIfCompletedUsd, Double yearlyGainIfMoveUsd,
        Double currentWageUsd, Integer unknownCostSteps, int horizonYears, String summary, List<String> drivers) {
    public ExpectedReturn {
        if (!(p10Usd <= medianUsd && medianUsd <= p90Usd)) {
            throw new IllegalArgumentException("expected return: need p10 <= median <= p90, got "
                    + p10Usd + ", " + medianUsd + ", " + p90Usd);
        }
        if (moveProbability != null && !(moveProbability >= 0 && moveProbability <= 1)) {
            throw new IllegalArgumentException("expected return: moveProbability must be in [0, 1], got "
                    + moveProbability);
        }
        if (moveProbabilityWithout != null && !(moveProbabilityWithout >= 0 && moveProbabilityWithout <= 1)) {
            throw new IllegalArgumentException("expected return: moveProbabilityWithout must be in [0, 1], got "
                    + moveProbabilityWithout);
        }
        drivers = List.copyOf(Objects.requireNonNullElse(drivers, List.of()));
    }
}
