package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.credpath.api.store.EventRepository;
import org.credpath.api.store.KeyType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The HTTP contract beyond single routes: Jetty's own refusals are problem documents, a wrong
 * method is 405 with Allow, every body route checks its media type, duplicate keys and numeric
 * timestamps are refused, and the malformed-JSON message is plain words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractTest {
    private static final String EVENT =
            "{\"learnerId\":\"l-1\",\"credentialId\":\"c-1\",\"type\":\"enrol\",\"timestamp\":\"2025-03-01T10:00:00Z\"}";

    TestApp app;
    String key;
    String admin;

    @BeforeAll
    void start(@TempDir Path dir) {
        app = TestApp.h2(dir);
        key = app.key("acme", KeyType.TENANT, List.of());
        admin = app.key("root", KeyType.ADMIN, List.of());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void jettyLevelRefusalsAreProblemDocuments() {
        assertRawProblem(raw("GET", "/v1/learners/%00", List.of()), 400);
        assertRawProblem(raw("GET", "/v1/learners/%FF", List.of()), 400);
        assertRawProblem(raw("DELETE", "/v1/credentials/%FF", List.of()), 400);
        assertRawProblem(raw("PUT", "/v1/learners/%C0%AF", List.of()), 400);
        assertRawProblem(raw("GET", "/v1/credentials?q=" + "a".repeat(10_000), List.of()), 414);
        assertRawProblem(raw("GET", "/v1/health", List.of("X-Filler: " + "f".repeat(20_000))), 431);
        byte[] twoLengths = RawHttp.request("POST", "/v1/learners",
                List.of("X-API-Key: " + key, "Content-Type: application/json", "Content-Length: 2", "Content-Length: 3"),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertRawProblem(RawHttp.send(app.server.port(), twoLengths, 10_000), 400);
        assertThat(app.get("/v1/health", null).status()).isEqualTo(200);
    }

    @Test
    void wrongMethodOnAKnownPathIs405WithAllow() {
        TestApp.Response r = app.send(app.request("/v1/learners", key)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(r, 405);
        assertThat(r.header("Allow")).contains("GET").contains("POST").doesNotContain("OPTIONS");
        TestApp.Response health = app.send(app.request("/v1/health", null).DELETE().build());
        assertProblem(health, 405);
        assertThat(health.header("Allow")).isEqualTo("GET");
        TestApp.Response one = app.send(app.request("/v1/learners/l-1", key)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(one.header("Allow")).contains("GET").contains("PUT");
        assertProblem(app.get("/v1/nothing-here", key), 404);
        assertProblem(app.delete("/v1/nothing-here/at-all", key), 404);
    }

    @Test
    void everyBodyRouteEnforcesItsMediaType() {
        for (String path : List.of("/v1/events", "/v1/credentials", "/v1/learners", "/v1/recommendations",
                "/v1/pathways")) {
            JsonNode p = assertProblem(post(path, key, "text/plain", "[]"), 415);
            assertThat(p.get("detail").asString()).contains("application/json");
            assertProblem(post(path, key, null, "[]"), 415);
        }
        assertThat(app.put("/v1/learners/w-1", key, "{}").status()).isEqualTo(201);
        assertProblem(post("/v1/learners/w-1/wallet", key, "text/plain", "{}"), 415);
        assertProblem(post("/v1/admin/tenants", admin, "application/x-www-form-urlencoded", "id=x"), 415);
        assertThat(post("/v1/events", key, "application/x-ndjson", EVENT + "\n" + EVENT + "\n").status()).isEqualTo(201);
        assertThat(post("/v1/events", key, "application/jsonl", EVENT + "\n").status()).isEqualTo(201);
        assertThat(post("/v1/learners", key, "application/json; charset=utf-8", "{}").status()).isEqualTo(201);
        JsonNode p = assertProblem(post("/v1/learners", key, "application/x-ndjson", "{}"), 415);
        assertThat(p.get("detail").asString()).contains("application/json");
    }

    @Test
    void duplicateKeysAreRefused() {
        JsonNode p = assertProblem(app.post("/v1/admin/tenants/acme/keys", admin,
                "{\"type\":\"tenant\",\"type\":\"admin\"}"), 400);
        assertThat(p.get("detail").asString()).contains("duplicate field").contains("type");
        assertThat(app.get("/v1/admin/tenants/acme/keys", admin).json().size()).isEqualTo(1);
        assertProblem(app.post("/v1/learners", key, "{\"id\":\"d-1\",\"id\":\"d-2\"}"), 400);
        long before = new EventRepository(app.db).count("acme");
        JsonNode batch = assertProblem(app.post("/v1/events", key, "[" + EVENT.replace("}", ",\"type\":\"click\"}") + "]"),
                400);
        assertThat(batch.get("detail").asString()).contains("duplicate field").contains("type");
        assertThat(new EventRepository(app.db).count("acme")).isEqualTo(before);
    }

    @Test
    void numericTimestampsAreRefused() {
        JsonNode p = assertProblem(app.post("/v1/events", key,
                "[" + EVENT.replace("\"2025-03-01T10:00:00Z\"", "1740823200000") + "]"), 400, "[0].timestamp");
        assertThat(p.get("detail").asString()).contains("ISO-8601");
        assertProblem(app.post("/v1/events", key, "[" + EVENT.replace("\"2025-03-01T10:00:00Z\"", "\"1740823200\"") + "]"),
                400, "[0].timestamp");
        assertThat(app.post("/v1/events", key, "[" + EVENT.replace("Z\"", "+02:00\"") + "]").status()).isEqualTo(201);
    }

    @Test
    void malformedJsonIsDescribedInPlainWords() {
        for (String body : List.of("{\"id\": \"l-1\", ", "{\"skills\":[\"a\"", "{\"skills\": tru}", "{\"a\" 1}", "{'id':'x'}")) {
            JsonNode p = assertProblem(app.post("/v1/learners", key, body), 400);
            String detail = p.get("detail").asString();
            assertThat(detail).as(body).contains("line 1, column").doesNotContain("Source").doesNotContain("REDACTED")
                    .doesNotContain("`").doesNotContain("Feature").doesNotContain("code ").doesNotContain("Exception");
        }
    }

    private TestApp.Response post(String path, String apiKey, String contentType, String body) {
        HttpRequest.Builder b = app.request(path, apiKey).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return app.send(b.build());
    }

    private RawHttp.Response raw(String method, String target, List<String> headers) {
        return RawHttp.send(app.server.port(), RawHttp.request(method, target, headers, null), 10_000);
    }

    static void assertRawProblem(RawHttp.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status).doesNotContain("<html").doesNotContain("Exception")
                .doesNotContain("org.eclipse").doesNotContain("java.");
    }
}
