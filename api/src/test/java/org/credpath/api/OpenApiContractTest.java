package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.credpath.api.http.ApiJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * openapi.json against the routes the server really registers, both ways, so neither can drift:
 * every served method and path is documented and every documented one is served. Each operation
 * has an operationId, documents 500, and (with a body) 415. The validators run by .ci/run check
 * the document's structure.
 */
class OpenApiContractTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void documentedAndServedRoutesMatchBothWays(@TempDir Path dir) throws Exception {
        Set<String> served = new TreeSet<>();
        try (TestApp app = TestApp.h2(dir)) {
            app.server.javalin().unsafe.internalRouter.allHttpHandlers().forEach(e -> {
                String method = e.endpoint.method.name().toLowerCase(Locale.ROOT);
                if (METHODS.contains(method)) {
                    served.add(method + " " + e.endpoint.path);
                }
            });
        }
        Set<String> documented = new TreeSet<>();
        JsonNode doc = document();
        doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                documented.add(op.getKey() + " " + p.getKey());
            }
        }));
        assertThat(served).as("served but not in openapi.json").isSubsetOf(documented);
        assertThat(documented).as("in openapi.json but not served").isSubsetOf(served);
        assertThat(served).hasSizeGreaterThan(20);
    }

    @Test
    void everyOperationHasAnIdAndDocumentsItsErrors() throws Exception {
        Set<String> ids = new TreeSet<>();
        document().get("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey() + " " + p.getKey();
            JsonNode o = op.getValue();
            assertThat(o.hasNonNull("operationId")).as(where).isTrue();
            assertThat(ids.add(o.get("operationId").asString())).as("unique operationId " + where).isTrue();
            List<String> statuses = o.get("responses").propertyNames().stream().toList();
            assertThat(statuses).as(where).contains("500");
            assertThat(statuses.stream().anyMatch(s -> s.startsWith("4"))).as(where).isTrue();
            if (o.has("requestBody")) {
                assertThat(statuses).as(where).contains("400", "413", "415");
            }
        }));
    }

    private static JsonNode document() throws Exception {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/org/credpath/api/openapi.json")) {
            return ApiJson.mapper().readTree(in);
        }
    }
}
