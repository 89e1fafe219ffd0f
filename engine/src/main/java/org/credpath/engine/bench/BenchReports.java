package org.credpath.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Benchmark results and the measurements they are made of. */
public final class BenchReports {

    /**
     * Indexing: credentials per second of wall time including resampling, skill text and the final
     * commit; {@code cpuSeconds} is the process's CPU time over the same span (all threads, merges
     * included), so {@code perCpuSecond} does not depend on how busy the machine was;
     * {@code resampleCpuSeconds} estimates the part of it the catalogue resampler itself takes
     * (measured apart, untimed, before the run); {@code encoder} is the relevance encoder whose vector of each
     * credential's text was computed in the timed loop ({@code none}: not encoded).
     */
    public record IndexReport(long size, int threads, String encoder, double seconds, double perSecond, double cpuSeconds,
                              double perCpuSecond, double resampleCpuSeconds, int segments, long indexMb, long rssMb, String loadAverage) {
    }

    /**
     * Query latency of one mode in milliseconds: wall-clock p50/p99/mean and the searching thread's
     * CPU-time p50/p99, each the median over {@code runs} timed passes of {@code queries} queries;
     * {@code idleBoundP50Ms}/{@code idleBoundP99Ms}: percentiles of a lower bound on each query's
     * wall time on an idle machine (its busiest thread's CPU time, or its CPU time spread over the
     * cores when that is more; hand-overs and waits not counted);
     * {@code slowest}: the queries with the highest CPU time (median over the passes), slowest first.
     */
    public record Latency(String mode, int queries, int runs, double p50Ms, double p99Ms, double meanMs,
                          double cpuP50Ms, double cpuP99Ms, double idleBoundP50Ms, double idleBoundP99Ms,
                          List<SlowQuery> slowest) {
    }

    /** One query and its CPU time in milliseconds (median over the passes). */
    public record SlowQuery(String query, double cpuMs) {
    }

    /** Distinct queries shown per mode as the slowest. */
    static final int SLOWEST = 5;

    /**
     * Search: latency per mode on an index of {@code size} credentials; {@code knnRecallAt10} is the
     * share of the exact 10 nearest vectors (brute force) that the HNSW search returns, over
     * {@code recallQueries} query vectors; {@code parallelSearch} whether queries ran their parts side by side.
     */
    public record SearchReport(long size, int segments, boolean parallelSearch, String querySet, List<Latency> modes,
                               double knnRecallAt10, int recallQueries, long rssMb, String loadAverage) {
    }

    private BenchReports() {
    }

    /** Per-run percentiles of {@code wall[run][query]} and {@code cpu[run][query]} (nanoseconds), medians over runs. */
    static Latency latency(String mode, long[][] wall, long[][] cpu, long[][] idleBound, List<String> queries) {
        double[] p50 = new double[wall.length];
        double[] p99 = new double[wall.length];
        double[] mean = new double[wall.length];
        double[] c50 = new double[wall.length];
        double[] c99 = new double[wall.length];
        double[] b50 = new double[wall.length];
        double[] b99 = new double[wall.length];
        for (int r = 0; r < wall.length; r++) {
            long[] b = idleBound[r].clone();
            Arrays.sort(b);
            b50[r] = percentile(b, 0.50) / 1e6;
            b99[r] = percentile(b, 0.99) / 1e6;
            long[] s = wall[r].clone();
            Arrays.sort(s);
            p50[r] = percentile(s, 0.50) / 1e6;
            p99[r] = percentile(s, 0.99) / 1e6;
            mean[r] = Arrays.stream(s).average().orElse(0) / 1e6;
            long[] c = cpu[r].clone();
            Arrays.sort(c);
            c50[r] = percentile(c, 0.50) / 1e6;
            c99[r] = percentile(c, 0.99) / 1e6;
        }
        return new Latency(mode, wall[0].length, wall.length, median(p50), median(p99), median(mean), median(c50),
                median(c99), median(b50), median(b99), slowest(cpu, queries));
    }

    /** The {@link #SLOWEST} distinct queries with the highest median CPU time over the runs. */
    static List<SlowQuery> slowest(long[][] cpu, List<String> queries) {
        java.util.Map<String, Double> worst = new java.util.HashMap<>();
        for (int q = 0; q < cpu[0].length; q++) {
            double[] perRun = new double[cpu.length];
            for (int r = 0; r < cpu.length; r++) {
                perRun[r] = cpu[r][q] / 1e6;
            }
            worst.merge(queries.get(q), median(perRun), Math::max);
        }
        return worst.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(SLOWEST).map(e -> new SlowQuery(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0)).toList();
    }

    /** The median (mean of the middle two for an even count); NaN when there are no values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** This process's CPU time in nanoseconds (all threads), or -1 when the JVM cannot tell. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Resident set size of this process in MB (Linux {@code /proc/self/status}), or -1. */
    static long rssMb() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine's 1, 5 and 15 minute load averages (Linux {@code /proc/loadavg}): the machine is shared. */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static long directoryMb(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }
}
