package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.credpath.api.service.RecommendationResult;
import org.credpath.api.service.RecommendationService;
import org.credpath.api.service.Services;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulShutdownTest {
    private static final String BODY = "{\"learner\":{\"skills\":[\"SQL\"]},\"k\":3}";

    /** A recommender that blocks every request until released. */
    static final class Blocking implements RecommendationService {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public RecommendationResult recommend(String tenantId, String requestId, org.credpath.engine.learner.Learner l,
                int k, org.credpath.api.service.RecommendationFilters f) {
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new RecommendationResult(requestId, "blocking", "1", List.of(), List.of());
        }
    }

    @Test
    void anInFlightRequestCompletesDuringStopAndNewConnectionsAreRefused(@TempDir Path dir) throws Exception {
        Blocking svc = new Blocking();
        TestApp app = new TestApp(DatabaseConfig.embedded(dir), Services.none().withRecommendations(svc));
        List<String> steps = new CopyOnWriteArrayList<>();
        app.server.ops().lifecycle().also(steps::add);
        String key = app.key("acme", KeyType.TENANT, List.of());
        int port = app.server.port();
        CompletableFuture<TestApp.Response> inFlight = CompletableFuture.supplyAsync(
                () -> app.post("/v1/recommendations", key, BODY));
        assertThat(svc.entered.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(app.server.ops().lifecycle().inFlight()).isEqualTo(1);

        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> app.server.stop(Duration.ofSeconds(60)));
        awaitRefused(port);
        assertThat(stop).isNotDone();
        assertThat(inFlight).isNotDone();
        svc.release.countDown();

        TestApp.Response r = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("model").asString()).isEqualTo("blocking");
        stop.get(60, TimeUnit.SECONDS);
        assertThat(steps.get(0)).startsWith("stopping: no new connections; draining 1 in-flight request (at most 60000 ms)");
        assertThat(steps.get(1)).startsWith("HTTP stopped after ").endsWith("every in-flight request finished");
        app.db.close();
    }

    @Test
    void aRequestLongerThanTheDrainIsCutOffAndSaidSo(@TempDir Path dir) throws Exception {
        Blocking svc = new Blocking();
        TestApp app = new TestApp(DatabaseConfig.embedded(dir), Services.none().withRecommendations(svc));
        List<String> steps = new CopyOnWriteArrayList<>();
        app.server.ops().lifecycle().also(steps::add);
        String key = app.key("acme", KeyType.TENANT, List.of());
        CompletableFuture<TestApp.Response> inFlight = CompletableFuture.supplyAsync(
                () -> app.post("/v1/recommendations", key, BODY));
        assertThat(svc.entered.await(30, TimeUnit.SECONDS)).isTrue();
        app.server.stop(Duration.ofMillis(200));
        assertThat(steps).hasSize(2);
        assertThat(steps.get(1)).contains("1 request was still in flight and cut off");
        svc.release.countDown();
        assertThat(inFlight).failsWithin(Duration.ofSeconds(30));
        app.db.close();
    }

    /** Waits (bounded) until the port refuses connections: the connector no longer accepts. */
    private static void awaitRefused(int port) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                Thread.sleep(50);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("port " + port + " still accepts connections 15 s into the stop");
    }
}
