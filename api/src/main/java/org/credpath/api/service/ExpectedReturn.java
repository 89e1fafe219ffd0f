package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * An expected return as a distribution: median and 80 % interval in US dollars over a horizon,
 * and the inputs that drove it.
 */
public record ExpectedReturn(double medianUsd, double p10Usd, double p90Usd, int horizonYears, List<String> drivers) {
    public ExpectedReturn {
        if (!(p10Usd <= medianUsd && medianUsd <= p90Usd)) {
            throw new IllegalArgumentException("expected return: need p10 <= median <= p90, got "
                    + p10Usd + ", " + medianUsd + ", " + p90Usd);
        }
        drivers = List.copyOf(Objects.requireNonNullElse(drivers, List.of()));
    }
}
