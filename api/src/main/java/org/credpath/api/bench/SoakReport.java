package org.credpath.api.bench;

import java.util.Locale;

/**
 * The answer of {@code credpath bench soak}.
 *
 * @param capacityRequestsPerSecond the closed-loop throughput of the same mix measured before the soak,
 *                                  or -1 when {@code --rate} was given
 * @param capacityShare             the share of it sent (null with {@code --rate})
 * @param heapAfterGcStartMb        heap in use right after a full GC before the soak
 * @param heapAfterGcEndMb          the same after it
 * @param heapGrowthMb              end minus start: what the soak left behind (stored rows are in H2's
 *                                  cache too, so some growth is expected with writes)
 */
public record SoakReport(int credentials, String model, double capacityRequestsPerSecond, Double capacityShare,
        double minutes, String loadAverageStart, String loadAverageEnd, long heapAfterGcStartMb, long heapAfterGcEndMb,
        long heapGrowthMb, long heapMaxMb, SoakLoad.Result soak) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "bench soak: %d credentials, model %s, %.1f min at %.1f req/s (%s)%n",
                credentials, model, minutes, soak.targetRequestsPerSecond(), capacityShare == null ? "given rate"
                        : String.format(Locale.ROOT, "%.0f %% of %.1f req/s measured", capacityShare * 100,
                                capacityRequestsPerSecond)));
        b.append(String.format(Locale.ROOT, "requests %d (%.1f req/s), errors %d, 5xx %d, skipped %d; p50 %.2f ms, "
                + "p99 %.2f ms, max %.2f ms%n", soak.requests(), soak.requestsPerSecond(), soak.errors(),
                soak.serverErrors(), soak.skipped(), soak.latency().p50Ms(), soak.latency().p99Ms(), soak.latency().maxMs()));
        b.append(String.format(Locale.ROOT, "heap after GC: %d MB at start, %d MB at end (%+d MB; max heap %d MB)%n",
                heapAfterGcStartMb, heapAfterGcEndMb, heapGrowthMb, heapMaxMb));
        b.append(String.format(Locale.ROOT, "load average: %s at start, %s at end%n", loadAverageStart, loadAverageEnd));
        b.append("interval  requests  req/s  errors  5xx  p50 ms  p99 ms  max ms  heap MB\n");
        for (SoakLoad.Interval i : soak.intervals()) {
            b.append(String.format(Locale.ROOT, "%8d  %8d  %5.1f  %6d  %3d  %6.2f  %6.2f  %6.1f  %7d%n", i.index() + 1,
                    i.requests(), i.requestsPerSecond(), i.errors(), i.serverErrors(), i.p50Ms(), i.p99Ms(), i.maxMs(),
                    i.heapUsedMb()));
        }
        for (SoakLoad.KindCount k : soak.kinds()) {
            b.append(String.format(Locale.ROOT, "%-12s %8d requests, %d errors, %d 5xx%n", k.kind(), k.requests(),
                    k.errors(), k.serverErrors()));
        }
        if (soak.firstError() != null) {
            b.append("first error: ").append(soak.firstError()).append('\n');
        }
        return b.toString();
    }
}
