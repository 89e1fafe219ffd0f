package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.credpath.api.service.ModelInfo;
import org.credpath.api.service.Services;
import org.credpath.api.store.KeyType;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.returns.CompletionEstimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.http.HandlerType;
import tools.jackson.databind.JsonNode;

class DocsAndMetricsTest {

    @Test
    void openApiDocumentsEveryRouteAndSwaggerUiIsServedFromTheWebjar(@TempDir Path dir) {
        try (TestApp app = TestApp.h2(dir)) {
            TestApp.Response doc = app.get("/openapi.json", null);
            assertThat(doc.status()).isEqualTo(200);
            JsonNode paths = doc.json().get("paths");
            assertThat(doc.json().get("openapi").asString()).startsWith("3.");
            for (var e : app.server.javalin().unsafe.internalRouter.allHttpHandlers()) {
                var ep = e.endpoint;
                if (!List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE).contains(ep.method)) {
                    continue;
                }
                String method = ep.method.name().toLowerCase(java.util.Locale.ROOT);
                assertThat(paths.has(ep.path)).as("OpenAPI documents path " + ep.path).isTrue();
                assertThat(paths.get(ep.path).has(method)).as("OpenAPI documents " + method + " " + ep.path).isTrue();
            }
            TestApp.Response page = app.get("/docs", null);
            assertThat(page.body()).contains("swagger-ui-bundle.js");
            String js = page.body().replaceAll("(?s).*src=\"([^\"]+swagger-ui-bundle.js)\".*", "$1");
            TestApp.Response bundle = app.get(js, null);
            assertThat(bundle.status()).isEqualTo(200);
            assertThat(bundle.body().length()).isGreaterThan(100_000);
        }
    }

    @Test
    void metricsShowLatencyPerRouteModelVersionAndIndexSize(@TempDir Path dir) {
        JsonNode prov = org.credpath.api.http.ApiJson.mapper().readTree("{\"seed\":42}");
        Services services = Services.none()
                .withCatalog(new InMemoryCatalog(List.of(Credential.of("a", "A"), Credential.of("b", "B"))))
                .withModel(() -> Optional.of(new ModelInfo("ranker", "v-test-1", prov, null)));
        try (TestApp app = TestApp.h2(dir, services)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            app.get("/v1/learners/l-404", key);
            assertThat(app.get("/v1/models/current", key).json().get("version").asString()).isEqualTo("v-test-1");
            String metrics = app.get("/metrics", null).body();
            assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/v1/learners/{id}\",status=\"404\"}");
            assertThat(metrics).contains("credpath_model_info{version=\"v-test-1\"} 1");
            assertThat(metrics).contains("credpath_index_documents 2");
        }
    }

    @Test
    void metricsShowTheJvmTheConnectionPoolAndTheEngineCaches(@TempDir Path dir) {
        CompletionEstimator completion = new CompletionEstimator(f -> 0.5);
        Credential c = Credential.of("a", "A");
        completion.probability(c, 5, 0);
        completion.probability(c, 5, 0);
        completion.probability(c, 8, 0);
        try (TestApp app = TestApp.h2(dir)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            assertThat(app.get("/v1/learners", key).status()).isEqualTo(200);
            String metrics = app.get("/metrics", null).body();
            assertThat(metrics).contains("jvm_memory_used_bytes{area=\"heap\"", "jvm_gc_", "jvm_threads_live_threads",
                    "jvm_classes_loaded_classes", "system_cpu_count", "process_cpu_usage", "process_uptime_seconds");
            assertThat(metrics).contains("hikaricp_connections_active{pool=\"credpath\"}",
                    "hikaricp_connections_max{pool=\"credpath\"}", "hikaricp_connections_acquire_seconds_count{pool=\"credpath\"}");
            assertThat(metrics).contains("cache_gets_total{cache=\"completion-probabilities\",result=\"hit\"} 1.0",
                    "cache_gets_total{cache=\"completion-probabilities\",result=\"miss\"} 2.0",
                    "cache_size{cache=\"completion-probabilities\"} 2.0");
        }
        java.lang.ref.Reference.reachabilityFence(completion);
    }
}
