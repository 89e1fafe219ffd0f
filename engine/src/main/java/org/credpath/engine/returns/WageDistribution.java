package org.credpath.engine.returns;

/**
 * An occupation's annual wage distribution from its OEWS percentiles (US dollars). Quantiles
 * between percentiles are linear; below p10 and above p90 the end slopes are extended (and
 * floored at half of p10).
 */
public record WageDistribution(double p10, double p25, double p50, double p75, double p90) {

    private static final double[] PROBS = {0.10, 0.25, 0.50, 0.75, 0.90};

    public WageDistribution {
        if (!(p10 > 0 && p10 <= p25 && p25 <= p50 && p50 <= p75 && p75 <= p90) || !(p90 <= 1_000_000)) {
            throw new IllegalArgumentException("wage percentiles must be positive, non-decreasing and at most 1,000,000 USD, got "
                    + p10 + ", " + p25 + ", " + p50 + ", " + p75 + ", " + p90);
        }
    }

    /** The wage at quantile {@code u} in (0, 1). Allocation-free: it runs for every Monte Carlo draw. */
    public double quantile(double u) {
        if (u <= PROBS[0]) {
            double slope = (p25 - p10) / (PROBS[1] - PROBS[0]);
            return Math.max(p10 / 2, p10 - slope * (PROBS[0] - u));
        }
        for (int i = 1; i < PROBS.length; i++) {
            if (u <= PROBS[i]) {
                double t = (u - PROBS[i - 1]) / (PROBS[i] - PROBS[i - 1]);
                double lo = at(i - 1);
                return lo + t * (at(i) - lo);
            }
        }
        double slope = (p90 - p75) / (PROBS[4] - PROBS[3]);
        return p90 + slope * (u - PROBS[4]);
    }

    /** The i-th of p10, p25, p50, p75, p90. */
    private double at(int i) {
        return switch (i) {
            case 0 -> p10;
            case 1 -> p25;
            case 2 -> p50;
            case 3 -> p75;
            default -> p90;
        };
    }
}
