package org.credpath.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Benchmark results and the measurements they are made of. */
public final class BenchReports {

    /** Indexing: credentials per second including resampling, skill text and the final commit. */
    public record IndexReport(long size, int threads, double seconds, double perSecond, int segments,
                              long indexMb, long rssMb, String loadAverage) {
    }

    /** Query latency of one mode, in milliseconds, over {@code queries} sequential queries. */
    public record Latency(String mode, int queries, double p50Ms, double p99Ms, double meanMs) {
    }

    /** Search: latency per mode on an index of {@code size} credentials. */
    public record SearchReport(long size, int segments, List<Latency> modes, long rssMb, String loadAverage) {
    }

    private BenchReports() {
    }

    static Latency latency(String mode, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0) / 1e6;
        return new Latency(mode, s.length, percentile(s, 0.50) / 1e6, percentile(s, 0.99) / 1e6, mean);
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
    static String loadAverage() {
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
