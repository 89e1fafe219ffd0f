package org.credpath.api.bench;

import java.util.Arrays;

/**
 * Latency summary in milliseconds (nearest-rank percentiles).
 *
 * @param count measured operations
 */
public record Latencies(int count, double meanMs, double p50Ms, double p90Ms, double p99Ms, double maxMs) {

    public Latencies {
        if (count < 0) {
            throw new IllegalArgumentException("count: must be >= 0, got " + count);
        }
    }

    /** Summarises {@code nanos[0..n)} (the array is sorted in place). */
    public static Latencies of(long[] nanos, int n) {
        if (n == 0) {
            return new Latencies(0, 0, 0, 0, 0, 0);
        }
        Arrays.sort(nanos, 0, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += nanos[i];
        }
        return new Latencies(n, ms(sum / n), ms(pct(nanos, n, 0.50)), ms(pct(nanos, n, 0.90)), ms(pct(nanos, n, 0.99)),
                ms(nanos[n - 1]));
    }

    private static long pct(long[] sorted, int n, double q) {
        int rank = (int) Math.ceil(q * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    private static double ms(double nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
