package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * An expected return as a distribution: median and 80 % interval in US dollars over a horizon, the
 * mean, the probability of moving into the target occupation, and the inputs that drove it.
 *
 * @param meanUsd         the mean over the draws; when the move is unlikely the median is minus the
 *                        cost while the mean carries the chance of the move
 * @param moveProbability probability of moving into the target with the steps' expected coverage;
 *                        null with no target occupation
 * @param moveProbabilityWithout probability of that move without the steps (the learner's skills as
 *                        they are; the return counts only the moves the steps add); null with no target
 */
public record ExpectedReturn(double medianUsd, double p10Usd, double p90Usd, double meanUsd, Double moveProbability,
        Double moveProbabilityWithout, int horizonYears, List<String> drivers) {
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
