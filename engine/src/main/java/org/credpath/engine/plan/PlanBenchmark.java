package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;

/**
 * Latency of planning one learner (gap, recognition of prior learning, beam search, expected
 * return and explanations; the labour market and catalogue are loaded once) on a catalogue cut
 * to {@code size} credentials by a seeded sample of the real one. Wall-clock and thread CPU
 * time are both reported: on a busy shared machine the CPU time is the steadier figure.
 */
public final class PlanBenchmark {

    /** Latency percentiles in milliseconds. */
    public record Latency(int catalogueSize, int learners, int timedPlans, double p50Ms, double p95Ms, double p99Ms,
                          double maxMs, double cpuP50Ms, double cpuP99Ms, double meanPathways, double loadAverage) {
    }

    private PlanBenchmark() {
    }

    /** A seeded sample of {@code size} credentials, closed under prerequisites that are in the catalogue. */
    public static PlanningCatalogue sample(PlanningCatalogue full, int size, long seed) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            idx.add(i);
        }
        java.util.Collections.shuffle(idx, new Random(seed));
        java.util.LinkedHashSet<Integer> keep = new java.util.LinkedHashSet<>(idx.subList(0, Math.min(size, idx.size())));
        List<Credential> out = keep.stream().map(full::get).toList();
        return new PlanningCatalogue(out);
    }

    public static Latency run(PathwayService service, int catalogueSize, List<Learner> learners, int warmup, int timed) {
        for (int i = 0; i < warmup; i++) {
            service.plan(learners.get(i % learners.size()));
        }
        double[] ms = new double[timed];
        double[] cpu = new double[timed];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long pathways = 0;
        for (int i = 0; i < timed; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PlanReport r = service.plan(learners.get(i % learners.size()));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            pathways += r.pathways().size();
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Latency(catalogueSize, learners.size(), timed, q(ms, 0.5), q(ms, 0.95), q(ms, 0.99),
                q(ms, 1.0), q(cpu, 0.5), q(cpu, 0.99), Math.round(100.0 * pathways / timed) / 100.0, load);
    }

    private static double q(double[] sorted, double p) {
        return Math.round(sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] * 1000) / 1000.0;
    }
}
