package org.credpath.engine.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded percentile bootstrap of a mean. */
public final class Bootstrap {

    private Bootstrap() {
    }

    /**
     * The 95 % percentile interval of the mean of {@code values}, from {@code resamples}
     * resamples drawn with a {@link SplittableRandom} seeded by {@code seed}.
     *
     * @return {@code [lo, hi]}; both equal the mean when there are fewer than two values
     */
    public static double[] ci95(double[] values, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("bootstrap resamples must be >= 1, got " + resamples);
        }
        int n = values.length;
        if (n < 2) {
            double m = n == 0 ? 0 : values[0];
            return new double[] {m, m};
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[rnd.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new double[] {percentile(means, 0.025), percentile(means, 0.975)};
    }

    /** Linear-interpolated percentile of sorted values, {@code q} in [0, 1]. */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
