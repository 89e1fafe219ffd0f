package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.api.http.ApiJson;
import org.credpath.api.service.Pathway;
import org.credpath.api.store.EventRepository;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.PathwayRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** Learner deletion, a learner's pathways, cursor pages and idempotent event ids over HTTP. */
class LifecycleTest {
    @TempDir
    Path dir;

    private static String events(String learner, String... ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add("{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"learnerId\":\"" + learner
                    + "\",\"credentialId\":\"c\",\"type\":\"click\",\"timestamp\":\"2025-03-01T10:00:00Z\"}");
        }
        return "[" + String.join(",", out) + "]";
    }

    private static void savePathway(TestApp app, String tenant, String id, String learnerId) {
        new PathwayRepository(app.db).save(tenant, id, learnerId, ApiJson.mapper().writeValueAsString(
                new Pathway(id, "software developer", List.of(), null, null, null, null, List.of("saved by the test"))));
    }

    @Test
    void deletingALearnerRemovesTheirEventsAndPathwaysInThatTenantOnly() {
        try (TestApp app = TestApp.h2(dir)) {
            String a = app.key("acme", KeyType.TENANT, List.of());
            String b = app.key("beta", KeyType.TENANT, List.of());
            for (String key : List.of(a, b)) {
                assertThat(app.put("/v1/learners/l-1", key, "{\"budgetUsd\":1}").status()).isEqualTo(201);
                assertThat(app.post("/v1/events", key, events("l-1", null, null)).status()).isEqualTo(201);
                assertThat(app.post("/v1/events", key, events("l-2", (String) null)).status()).isEqualTo(201);
            }
            savePathway(app, "acme", "p-1", "l-1");
            savePathway(app, "beta", "p-1", "l-1");
            TestApp.Response r = app.delete("/v1/learners/l-1", a);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("deleted").get("learners").asInt()).isEqualTo(1);
            assertThat(r.json().get("deleted").get("events").asInt()).isEqualTo(2);
            assertThat(r.json().get("deleted").get("pathways").asInt()).isEqualTo(1);
            assertThat(app.get("/v1/learners/l-1", a).status()).isEqualTo(404);
            assertThat(app.get("/v1/learners/l-1/pathways", a).status()).isEqualTo(404);
            ProblemAssert.assertProblem(app.delete("/v1/learners/l-1", a), 404);
            assertThat(new EventRepository(app.db).count("acme")).isEqualTo(1);
            assertThat(app.get("/v1/learners/l-1", b).status()).isEqualTo(200);
            assertThat(new EventRepository(app.db).count("beta")).isEqualTo(3);
            assertThat(app.get("/v1/learners/l-1/pathways", b).json().get("items")).hasSize(1);
        }
    }

    @Test
    void aLearnersPathwaysComeInCursorPages() {
        try (TestApp app = TestApp.h2(dir)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            assertThat(app.put("/v1/learners/l-1", key, "{}").status()).isEqualTo(201);
            assertThat(app.get("/v1/learners/l-1/pathways", key).json().get("items")).isEmpty();
            for (int i = 1; i <= 5; i++) {
                savePathway(app, "acme", "p-" + i, "l-1");
            }
            savePathway(app, "acme", "p-9", "l-other");
            List<String> seen = new ArrayList<>();
            String path = "/v1/learners/l-1/pathways?limit=2";
            int pages = 0;
            while (path != null) {
                JsonNode page = app.get(path, key).json();
                page.get("items").forEach(p -> seen.add(p.get("id").asString()));
                JsonNode next = page.get("next");
                path = next == null || next.isNull() ? null : "/v1/learners/l-1/pathways?limit=2&cursor="
                        + URLEncoder.encode(next.asString(), StandardCharsets.UTF_8);
                pages++;
            }
            assertThat(seen).containsExactly("p-1", "p-2", "p-3", "p-4", "p-5");
            assertThat(pages).isEqualTo(3);
            ProblemAssert.assertProblem(app.get("/v1/learners/l-1/pathways?cursor=p-2", key), 400, "cursor");
            assertThat(app.get("/v1/learners/nobody/pathways", key).status()).isEqualTo(404);
        }
    }

    @Test
    void learnersComeInCursorPages() {
        try (TestApp app = TestApp.h2(dir)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            for (String id : List.of("l-3", "l-1", "l-2")) {
                assertThat(app.put("/v1/learners/" + id, key, "{}").status()).isEqualTo(201);
            }
            JsonNode first = app.get("/v1/learners?limit=2", key).json();
            assertThat(first.get("items")).extracting(n -> n.get("id").asString()).containsExactly("l-1", "l-2");
            assertThat(first.get("total").asInt()).isEqualTo(3);
            JsonNode second = app.get("/v1/learners?limit=2&cursor=" + first.get("next").asString(), key).json();
            assertThat(second.get("items")).extracting(n -> n.get("id").asString()).containsExactly("l-3");
            assertThat(second.has("next")).as("no next on the last page").isFalse();
        }
    }

    @Test
    void rePostingEventsWithIdsIsIdempotentPerTenant() {
        try (TestApp app = TestApp.h2(dir)) {
            String a = app.key("acme", KeyType.TENANT, List.of());
            String b = app.key("beta", KeyType.TENANT, List.of());
            JsonNode first = app.post("/v1/events", a, events("l-1", "e-1", "e-2", null)).json();
            assertThat(first.get("stored").asInt()).isEqualTo(3);
            assertThat(first.get("duplicates").asInt()).isZero();
            JsonNode again = app.post("/v1/events", a, events("l-1", "e-1", "e-2", null)).json();
            assertThat(again.get("stored").asInt()).isEqualTo(1);
            assertThat(again.get("duplicates").asInt()).isEqualTo(2);
            assertThat(new EventRepository(app.db).count("acme")).isEqualTo(4);
            assertThat(app.post("/v1/events", b, events("l-1", "e-1")).json().get("stored").asInt()).isEqualTo(1);
            ProblemAssert.assertProblem(app.post("/v1/events", a, events("l-1", "e-3", "e-3")), 400);
            ProblemAssert.assertProblem(app.post("/v1/events", a, events("l-1", "x".repeat(201))), 400, "[0].id");
            assertThat(new EventRepository(app.db).count("acme")).isEqualTo(4);
        }
    }

    @Test
    void eventValuesLongerThanTheTableHoldsAreA400NamingTheFieldAndNothingIsStored() {
        try (TestApp app = TestApp.h2(dir)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            String ok = "{\"learnerId\":\"l-1\",\"credentialId\":\"c\",\"type\":\"click\",\"timestamp\":\"2025-03-01T10:00:00Z\"}";
            String tooLong = "{\"learnerId\":\"" + "l".repeat(201) + "\",\"credentialId\":\"" + "c".repeat(301)
                    + "\",\"requestId\":\"" + "r".repeat(201) + "\",\"type\":\"click\",\"timestamp\":\"2025-03-01T10:00:00Z\"}";
            JsonNode p = ProblemAssert.assertProblem(app.post("/v1/events", key, "[" + ok + "," + tooLong + "]"), 400);
            assertThat(ProblemAssert.fields(p)).startsWith("[1].learnerId"); // the body limits stop at the first field over its length
            assertThat(new EventRepository(app.db).count("acme")).isZero();
        }
    }
}
