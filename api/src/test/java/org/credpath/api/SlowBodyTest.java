package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.credpath.api.auth.KeySpec;
import org.credpath.api.store.KeyType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slow-body attack on 127.0.0.1: 250 connections each declare a 1,000-byte body, send 13 bytes
 * and stall. Health keeps answering (each probe must answer 200 within a generous 3 s; the audit
 * saw 27 s), and every attacking request gets a problem document (408 once its read idles out,
 * or 503 when the cap on concurrent body reads is full) that names no exception.
 */
@Tag("slow")
class SlowBodyTest {
    private static final int CONNECTIONS = 250;

    @Test
    void healthAnswersDuringASlowBodyAttack(@TempDir Path dir) throws Exception {
        try (TestApp app = TestApp.h2(dir);
                ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            String key = app.issue("acme", new KeySpec(KeyType.TENANT, "attack", List.of(), 1_000_000, 100_000)).secret();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.server.port() + "/v1/health"))
                    .timeout(Duration.ofSeconds(3)).build();
            assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200); // warm-up
            List<Socket> sockets = new ArrayList<>();
            List<Future<RawHttp.Response>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    Socket s = stall(app.server.port(), key);
                    sockets.add(s);
                    answers.add(readers.submit(() -> RawHttp.read(s.getInputStream())));
                }
                List<Long> probeMillis = probeHealthUntilDone(http, health, answers);
                Map<Integer, Integer> byStatus = new TreeMap<>();
                for (Future<RawHttp.Response> f : answers) {
                    RawHttp.Response r = f.get();
                    byStatus.merge(r.status(), 1, Integer::sum);
                    assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
                    assertThat(r.body()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.eclipse");
                }
                long max = probeMillis.stream().mapToLong(Long::longValue).max().orElseThrow();
                System.err.printf("slow-body attack: %d connections, answers by status %s; %d health probes, max %d ms; all %s%n",
                        CONNECTIONS, byStatus, probeMillis.size(), max, probeMillis);
                assertThat(byStatus.keySet()).isSubsetOf(408, 503);
                assertThat(byStatus.getOrDefault(408, 0)).isPositive();
                assertThat(probeMillis).hasSizeGreaterThan(5);
            } finally {
                for (Socket s : sockets) {
                    s.close();
                }
            }
        }
    }

    /** Opens a connection that declares 1,000 body bytes and sends 13 of them. */
    private static Socket stall(int port, String key) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.setSoTimeout(60_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /v1/learners HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"skills\":[\"s").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return s;
    }

    /** Probes /v1/health every 200 ms until every attacking request is answered; each probe must answer in 3 s. */
    private static List<Long> probeHealthUntilDone(HttpClient http, HttpRequest health,
            List<Future<RawHttp.Response>> answers) throws Exception {
        List<Long> millis = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answers.stream().anyMatch(f -> !f.isDone()) && System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t0) / 1_000_000);
            assertThat(r.statusCode()).isEqualTo(200);
            Thread.sleep(200);
        }
        return millis;
    }
}
