package org.credpath.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.credpath.api.http.ApiJson;

import tools.jackson.databind.JsonNode;

/**
 * Writers for {@link KillRestartTest}: each thread sends one kind of write to the child server in a
 * loop until the server dies, and the {@link Ledger} records every attempt and every 2xx answer.
 */
final class KillWriters {
    static final int BATCH = 5;
    static final String LEARNER = "w1";

    /** Acknowledged tenant with its key. */
    record AckedKey(String tenantId, String keyId, String secret) {
    }

    /** What was attempted and what was acknowledged, across all cycles. */
    static final class Ledger {
        final AtomicLong seq = new AtomicLong();
        final Map<Long, Boolean> credentialBatches = new ConcurrentHashMap<>();
        final Map<Long, Boolean> eventBatches = new ConcurrentHashMap<>();
        final AtomicLong learnerAcked = new AtomicLong(-1);
        final AtomicLong learnerAttempted = new AtomicLong(-1);
        final List<AckedKey> keys = new CopyOnWriteArrayList<>();
        final List<String> unexpected = new CopyOnWriteArrayList<>();
        final AtomicLong acks = new AtomicLong();
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String adminKey;
    private final Ledger ledger;
    private final List<Thread> threads = new ArrayList<>();

    KillWriters(int port, String adminKey, Ledger ledger) {
        this.base = "http://127.0.0.1:" + port;
        this.adminKey = adminKey;
        this.ledger = ledger;
    }

    void start() {
        threads.add(Thread.ofPlatform().name("kill-credentials").start(() -> loop(this::credentialBatch)));
        threads.add(Thread.ofPlatform().name("kill-events").start(() -> loop(this::eventBatch)));
        threads.add(Thread.ofPlatform().name("kill-learner").start(() -> loop(this::learnerPut)));
        threads.add(Thread.ofPlatform().name("kill-tenants").start(() -> loop(this::tenantAndKey)));
    }

    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(30));
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException, InterruptedException;
    }

    /** Runs {@code write} until the server stops answering (the kill). */
    private void loop(Write write) {
        try {
            while (true) {
                write.run();
            }
        } catch (IOException e) {
            // the server was killed: the request in flight is not acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void credentialBatch() throws IOException, InterruptedException {
        long n = ledger.seq.incrementAndGet();
        String body = IntStream.range(0, BATCH).mapToObj(i -> "{\"id\":\"" + credentialId(n, i)
                + "\",\"title\":\"Batch " + n + " item " + i + "\"}").collect(Collectors.joining(",", "[", "]"));
        ledger.credentialBatches.put(n, false);
        if (ok(send("POST", "/v1/credentials", adminKey, body), "credentials")) {
            ledger.credentialBatches.put(n, true);
        }
    }

    private void eventBatch() throws IOException, InterruptedException {
        long n = ledger.seq.incrementAndGet();
        String body = IntStream.range(0, BATCH).mapToObj(i -> "{\"learnerId\":\"" + eventLearner(n)
                + "\",\"credentialId\":\"c-" + i + "\",\"type\":\"click\",\"timestamp\":\"2026-01-01T00:00:00Z\"}")
                .collect(Collectors.joining(",", "[", "]"));
        ledger.eventBatches.put(n, false);
        if (ok(send("POST", "/v1/events", adminKey, body), "events")) {
            ledger.eventBatches.put(n, true);
        }
    }

    private void learnerPut() throws IOException, InterruptedException {
        long v = ledger.seq.incrementAndGet();
        ledger.learnerAttempted.set(v);
        if (ok(send("PUT", "/v1/learners/" + LEARNER, adminKey, "{\"budgetUsd\":" + v + "}"), "learner")) {
            ledger.learnerAcked.set(v);
        }
    }

    private void tenantAndKey() throws IOException, InterruptedException {
        String tenant = "t-" + ledger.seq.incrementAndGet();
        if (!ok(send("POST", "/v1/admin/tenants", adminKey, "{\"id\":\"" + tenant + "\",\"name\":\"T\"}"), "tenant")) {
            return;
        }
        HttpResponse<String> r = send("POST", "/v1/admin/tenants/" + tenant + "/keys", adminKey,
                "{\"type\":\"tenant\",\"label\":\"kill test\"}");
        if (ok(r, "key")) {
            JsonNode json = ApiJson.mapper().readTree(r.body());
            ledger.keys.add(new AckedKey(tenant, json.get("key").get("id").asString(), json.get("secret").asString()));
        }
    }

    private boolean ok(HttpResponse<String> r, String what) {
        if (r.statusCode() / 100 == 2) {
            ledger.acks.incrementAndGet();
            return true;
        }
        ledger.unexpected.add(what + " -> " + r.statusCode() + " " + r.body());
        return false;
    }

    HttpResponse<String> send(String method, String path, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("X-API-Key", key);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String credentialId(long batch, int i) {
        return "cb-" + batch + "-" + i;
    }

    static String eventLearner(long batch) {
        return "eb-" + batch;
    }
}
