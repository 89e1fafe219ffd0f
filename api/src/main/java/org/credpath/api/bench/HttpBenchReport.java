package org.credpath.api.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.credpath.engine.bench.BenchReports;

/**
 * The answer of {@code credpath bench http}: every run and the medians over runs.
 *
 * @param credentials credentials in the index the requests ran against
 * @param model       the serving model that ranked
 * @param driver      the load generator: {@code jdk-httpclient} (threads in this JVM) or {@code wrk} (external process)
 * @param concurrency client threads (jdk-httpclient) or connections (wrk)
 */
public record HttpBenchReport(int credentials, String model, String driver, int concurrency, int learners, long seed,
        List<Run> runs, Summary median) {

    public HttpBenchReport {
        runs = List.copyOf(runs);
    }

    /** One run: the HTTP load and the bare BM25 top-200 latency measured right after it. */
    public record Run(HttpLoad.Result recommend, Latencies bm25Top200) {
    }

    /**
     * Medians over runs.
     *
     * @param p50Ratio recommendation p50 over bare BM25 top-200 p50
     * @param p99Ratio the same for p99
     */
    public record Summary(double requestsPerSecond, double p50Ms, double p99Ms, double cpuMsPerRequest,
            double bm25P50Ms, double bm25P99Ms, double p50Ratio, double p99Ratio, int errors) {
    }

    static Summary summarise(List<Run> runs) {
        double p50 = median(runs, r -> r.recommend().latency().p50Ms());
        double p99 = median(runs, r -> r.recommend().latency().p99Ms());
        double b50 = median(runs, r -> r.bm25Top200().p50Ms());
        double b99 = median(runs, r -> r.bm25Top200().p99Ms());
        return new Summary(median(runs, r -> r.recommend().requestsPerSecond()), p50, p99,
                median(runs, r -> r.recommend().cpuMsPerRequest()), b50, b99,
                ratio(p50, b50), ratio(p99, b99), runs.stream().mapToInt(r -> r.recommend().errors()).sum());
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? Double.NaN : Math.round(a / b * 100) / 100.0;
    }

    static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        return BenchReports.median(runs.stream().mapToDouble(f).toArray());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(
                "bench http: %,d credentials, model %s, driver %s, %d concurrent clients, %d learners (seed %d)%n",
                credentials, model, driver, concurrency, learners, seed));
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            b.append(String.format("  run %d: %,d requests in %.1f s = %.0f req/s, p50 %.2f ms, p99 %.2f ms, CPU %.2f ms/request,"
                    + " errors %d; bare BM25 top-200 p50 %.2f ms, p99 %.2f ms%n", i + 1, r.recommend().requests(),
                    r.recommend().seconds(), r.recommend().requestsPerSecond(), r.recommend().latency().p50Ms(),
                    r.recommend().latency().p99Ms(), r.recommend().cpuMsPerRequest(), r.recommend().errors(),
                    r.bm25Top200().p50Ms(),
                    r.bm25Top200().p99Ms()));
        }
        return b.append(String.format("  median: %.0f req/s, p50 %.2f ms, p99 %.2f ms, CPU %.2f ms/request; BM25 p50 %.2f ms,"
                + " p99 %.2f ms; recommend/BM25 p50 x%.2f, p99 x%.2f%n", median.requestsPerSecond(), median.p50Ms(),
                median.p99Ms(), median.cpuMsPerRequest(),
                median.bm25P50Ms(), median.bm25P99Ms(), median.p50Ratio(), median.p99Ratio())).toString();
    }
}
