package org.credpath.api.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The arithmetic of the HTTP benchmark's report, and its loopback-only rule. */
class BenchFiguresTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        Latencies l = Latencies.of(nanos, 100);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.p50Ms()).isEqualTo(50.0);
        assertThat(l.p99Ms()).isEqualTo(99.0);
        assertThat(l.maxMs()).isEqualTo(100.0);
        assertThat(l.meanMs()).isEqualTo(50.5);
        assertThat(Latencies.of(new long[0], 0).count()).isZero();
    }

    @Test
    void summaryTakesMediansOverRunsAndTheRatioToBm25() {
        List<HttpBenchReport.Run> runs = List.of(run(100, 10, 30, 2, 5), run(300, 30, 90, 3, 9), run(200, 20, 60, 4, 6));
        HttpBenchReport.Summary s = HttpBenchReport.summarise(runs);
        assertThat(s.requestsPerSecond()).isEqualTo(200);
        assertThat(s.p50Ms()).isEqualTo(20);
        assertThat(s.p99Ms()).isEqualTo(60);
        assertThat(s.bm25P50Ms()).isEqualTo(3);
        assertThat(s.cpuMsPerRequest()).isEqualTo(1.5);
        assertThat(s.p50Ratio()).isEqualTo(6.67);
        assertThat(s.p99Ratio()).isEqualTo(10.0);
    }

    @Test
    void onlyLoopbackTargetsAreAccepted() {
        assertThatThrownBy(() -> new HttpLoad(URI.create("http://192.0.2.1:8080/v1/recommendations"), "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThat(new HttpLoad(URI.create("http://127.0.0.1:1/v1/recommendations"), "k")).isNotNull();
    }

    @Test
    void recommenderOptionsOutOfRangeAreRefusedNamingTheOption() {
        for (String[] bad : new String[][] {{"--candidates", "5"}, {"--return-draws", "10"}}) {
            picocli.CommandLine cl = org.credpath.api.Main.commandLine();
            java.io.StringWriter err = new java.io.StringWriter();
            cl.setErr(new java.io.PrintWriter(err));
            assertThat(cl.execute("bench", "http", bad[0], bad[1])).isEqualTo(1);
            assertThat(err.toString()).contains(bad[0] + ": must be").contains("got " + bad[1])
                    .doesNotContain("at org.");
        }
    }

    @Test
    void wrkOutputGivesRateLatencyAndCpuOfServerAndClientTogether() {
        String out = """
                Running 10s test @ http://127.0.0.1:1234/v1/recommendations
                  1 threads and 2 connections
                {"requests":5000,"durationUs":10000000,"errors":0,"meanUs":3900,"p50Us":3500,"p90Us":6000,"p99Us":12345,"maxUs":40000}
                0m0.010s 0m0.002s
                0m0.400s 0m0.600s
                """;
        HttpLoad.Result r = WrkLoad.result(out, 15_000);
        assertThat(r.requests()).isEqualTo(5000);
        assertThat(r.requestsPerSecond()).isEqualTo(500.0);
        assertThat(r.latency().p50Ms()).isEqualTo(3.5);
        assertThat(r.latency().p99Ms()).isEqualTo(12.35);
        assertThat(r.cpuMsPerRequest()).isEqualTo(3.2); // (15,000 ms JVM + 1,000 ms wrk) / 5,000
        assertThat(r.firstError()).isNull();
        assertThatThrownBy(() -> WrkLoad.result("unable to connect", 1)).hasMessageContaining("no result line");
    }

    private static HttpBenchReport.Run run(double rps, double p50, double p99, double b50, double b99) {
        Latencies rec = new Latencies(10, p50, p50, p99, p99, p99);
        return new HttpBenchReport.Run(new HttpLoad.Result(10, 0, 1, rps, rec, 1.5, null),
                new Latencies(10, b50, b50, b99, b99, b99));
    }
}
