package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.credpath.api.http.ApiJson;
import org.credpath.api.store.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

class RequestIdAndAccessLogTest {

    @Test
    void aSaneIncomingIdIsEchoedOnSuccessAndOnErrors(@TempDir Path dir) {
        try (TestApp app = TestApp.h2(dir)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            TestApp.Response ok = app.send(app.request("/v1/health", null).header("X-Request-Id", "trace-42.a:b").GET().build());
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("X-Request-Id")).isEqualTo("trace-42.a:b");
            TestApp.Response notFound = app.send(app.request("/v1/learners/nobody", key)
                    .header("X-Request-Id", "r-404").GET().build());
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(notFound.header("X-Request-Id")).isEqualTo("r-404");
            TestApp.Response noRoute = app.send(app.request("/v1/no-such-route", null).header("X-Request-Id", "r-x").GET().build());
            assertThat(noRoute.status()).isEqualTo(404);
            assertThat(noRoute.header("X-Request-Id")).isEqualTo("r-x");
            TestApp.Response unauthorized = app.send(app.request("/v1/learners", null).header("X-Request-Id", "r-401").GET().build());
            assertThat(unauthorized.status()).isEqualTo(401);
            assertThat(unauthorized.header("X-Request-Id")).isEqualTo("r-401");
            TestApp.Response bad = app.post("/v1/learners", key, "{not json");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.header("X-Request-Id")).matches("[0-9a-f]{24}");
        }
    }

    @Test
    void anInsaneOrMissingIdIsReplacedByAFreshOne(@TempDir Path dir) {
        try (TestApp app = TestApp.h2(dir)) {
            String tooLong = "a".repeat(129);
            for (String incoming : List.of(tooLong, "has space", "quote\"", "<script>")) {
                TestApp.Response r = app.send(app.request("/v1/health", null).header("X-Request-Id", incoming).GET().build());
                assertThat(r.header("X-Request-Id")).as(incoming).matches("[0-9a-f]{24}");
            }
            String a = app.get("/v1/health", null).header("X-Request-Id");
            String b = app.get("/v1/health", null).header("X-Request-Id");
            assertThat(a).matches("[0-9a-f]{24}").isNotEqualTo(b);
            assertThat(app.send(app.request("/v1/health", null).header("X-Request-Id", "a".repeat(128)).GET().build())
                    .header("X-Request-Id")).isEqualTo("a".repeat(128));
        }
    }

    @Test
    void accessLogHasOneStructuredLinePerRequestWithTenantButNeverTheKeyOrQuery(@TempDir Path dir) {
        try (TestApp app = TestApp.h2(dir)) {
            List<String> lines = new CopyOnWriteArrayList<>();
            app.server.ops().accessLog().also(lines::add);
            String key = app.key("acme", KeyType.TENANT, List.of());
            app.send(app.request("/v1/learners?limit=5&secret=hunter2", key).header("X-Request-Id", "r-1").GET().build());
            app.send(app.request("/v1/learners", "cpk_wrong").header("X-Request-Id", "r-2").GET().build());
            app.send(app.request("/v1/learners", key).header("X-Request-Id", "r-3")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"l-1\"}"))
                    .build());
            assertThat(lines).hasSize(3);
            for (String line : lines) {
                assertThat(line).doesNotContain(key).doesNotContain("cpk_wrong").doesNotContain("hunter2")
                        .doesNotContain("\n");
            }
            JsonNode first = ApiJson.mapper().readTree(lines.get(0));
            assertThat(first.get("requestId").asString()).isEqualTo("r-1");
            assertThat(first.get("method").asString()).isEqualTo("GET");
            assertThat(first.get("path").asString()).isEqualTo("/v1/learners");
            assertThat(first.get("status").asInt()).isEqualTo(200);
            assertThat(first.get("tenant").asString()).isEqualTo("acme");
            assertThat(first.get("durationMs").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(first.get("time").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            JsonNode second = ApiJson.mapper().readTree(lines.get(1));
            assertThat(second.get("status").asInt()).isEqualTo(401);
            assertThat(second.has("tenant")).isFalse();
            JsonNode third = ApiJson.mapper().readTree(lines.get(2));
            assertThat(third.get("method").asString()).isEqualTo("POST");
            assertThat(third.get("status").asInt()).isEqualTo(201);
            assertThat(third.get("requestId").asString()).isEqualTo("r-3");
        }
    }
}
