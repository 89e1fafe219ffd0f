package org.credpath.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchReportsTest {

    @Test
    void slowestQueriesAreRankedByMedianCpuOverTheRunsAndDistinct() {
        // 3 runs x 4 queries (nanoseconds); "b" appears twice, its worse median counts
        long[][] cpu = {
            {1_000_000, 9_000_000, 2_000_000, 4_000_000},
            {1_000_000, 1_000_000, 2_000_000, 5_000_000},
            {1_000_000, 1_000_000, 2_000_000, 6_000_000}};
        List<BenchReports.SlowQuery> slow = BenchReports.slowest(cpu, List.of("a", "b", "c", "b"));
        assertThat(slow).extracting(BenchReports.SlowQuery::query).containsExactly("b", "c", "a");
        assertThat(slow.getFirst().cpuMs()).isEqualTo(5.0);
    }

    @Test
    void latencyReportsMediansOfPerRunPercentilesIncludingTheIdleBound() {
        long[][] wall = {{3_000_000, 1_000_000}, {2_000_000, 2_000_000}, {9_000_000, 1_000_000}};
        long[][] cpu = {{2_000_000, 1_000_000}, {2_000_000, 2_000_000}, {2_000_000, 1_000_000}};
        long[][] bound = {{1_000_000, 500_000}, {1_000_000, 1_000_000}, {1_000_000, 500_000}};
        BenchReports.Latency l = BenchReports.latency("hybrid", wall, cpu, bound, List.of("x", "y"));
        assertThat(l.p99Ms()).isEqualTo(3.0); // per-run p99s 3, 2, 9 -> median 3
        assertThat(l.cpuP99Ms()).isEqualTo(2.0);
        assertThat(l.idleBoundP50Ms()).isEqualTo(0.5); // per-run p50s 0.5, 1, 0.5
        assertThat(l.idleBoundP99Ms()).isEqualTo(1.0);
        assertThat(l.slowest()).extracting(BenchReports.SlowQuery::query).containsExactly("x", "y");
    }
}
