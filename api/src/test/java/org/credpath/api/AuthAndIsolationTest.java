package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.nio.file.Path;
import java.util.List;

import org.credpath.api.store.EventRepository;
import org.credpath.api.store.KeyType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthAndIsolationTest {
    @TempDir
    Path dir;
    TestApp app;
    String keyA;
    String keyB;

    @BeforeEach
    void start() {
        app = TestApp.embedded(dir);
        keyA = app.key("acme", KeyType.TENANT, List.of());
        keyB = app.key("globex", KeyType.TENANT, List.of());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void healthNeedsNoKey() {
        TestApp.Response r = app.get("/v1/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("database").asString()).isEqualTo("ok");
    }

    @Test
    void missingInvalidAndRevokedKeysAre401() {
        assertThat(assertProblem(app.get("/v1/learners/x", null), 401).get("detail").asString())
                .contains("missing API key");
        assertProblem(app.get("/v1/learners/x", "cpk_not-a-real-key"), 401);
        var issued = app.issue("acme", org.credpath.api.auth.KeySpec.defaults(KeyType.TENANT, "t", List.of()));
        assertThat(app.get("/v1/learners/x", issued.secret()).status()).isEqualTo(404);
        app.server.keys().revoke(issued.record().id());
        assertProblem(app.get("/v1/learners/x", issued.secret()), 401);
    }

    @Test
    void bearerHeaderWorksLikeXApiKey() {
        var r = app.send(app.request("/v1/learners/nobody", null).header("Authorization", "Bearer " + keyA).GET().build());
        assertProblem(r, 404);
    }

    @Test
    void tenantsSeeOnlyTheirOwnLearners() {
        assertThat(app.post("/v1/learners", keyA, "{\"id\":\"l-1\",\"skills\":[\"sql\"]}").status()).isEqualTo(201);
        assertThat(app.get("/v1/learners/l-1", keyA).json().get("skills").get(0).asString()).isEqualTo("sql");
        assertProblem(app.get("/v1/learners/l-1", keyB), 404);
        // the same id in another tenant is a different learner; neither overwrites the other
        assertThat(app.put("/v1/learners/l-1", keyB, "{\"skills\":[\"welding\"]}").status()).isEqualTo(201);
        assertThat(app.get("/v1/learners/l-1", keyA).json().get("skills").get(0).asString()).isEqualTo("sql");
        assertThat(app.get("/v1/learners/l-1", keyB).json().get("skills").get(0).asString()).isEqualTo("welding");
        app.post("/v1/learners", keyA, "{\"id\":\"l-2\"}");
        assertThat(app.get("/v1/learners", keyA).json().get("total").asLong()).isEqualTo(2);
        assertThat(app.get("/v1/learners", keyB).json().get("items")).hasSize(1);
    }

    @Test
    void tenantsSeeOnlyTheirOwnEventsAndCredentials() {
        String event = "{\"learnerId\":\"l-1\",\"credentialId\":\"c-1\",\"type\":\"click\",\"timestamp\":\"2025-03-01T10:00:00Z\"}";
        assertThat(app.post("/v1/events", keyA, "[" + event + "," + event + "]").status()).isEqualTo(201);
        EventRepository events = new EventRepository(app.db);
        assertThat(events.count("acme")).isEqualTo(2);
        assertThat(events.count("globex")).isZero();

        assertThat(app.post("/v1/credentials", keyA, "[{\"id\":\"acme:sql-101\",\"title\":\"SQL 101\"}]").status())
                .isEqualTo(201);
        assertThat(app.get("/v1/credentials/acme:sql-101", keyA).json().get("title").asString()).isEqualTo("SQL 101");
        assertProblem(app.get("/v1/credentials/acme:sql-101", keyB), 503); // not in B's additions; no catalogue bound
        assertProblem(app.delete("/v1/credentials/acme:sql-101", keyB), 404);
        assertThat(app.delete("/v1/credentials/acme:sql-101", keyA).status()).isEqualTo(204);
    }

    @Test
    void publicKeysAreReadOnlyAndTenantKeysAreNotAdmins() {
        String pub = app.key("acme", KeyType.PUBLIC, List.of("https://shop.example"));
        var r = app.send(app.request("/v1/learners", pub).header("Origin", "https://shop.example")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(r, 403);
        assertProblem(app.get("/v1/admin/tenants", keyA), 403);
    }

    @Test
    void adminManagesTenantsAndKeys() {
        String admin = app.key("ops", KeyType.ADMIN, List.of());
        assertThat(app.post("/v1/admin/tenants", admin, "{\"id\":\"initech\",\"name\":\"Initech\"}").status()).isEqualTo(201);
        assertProblem(app.post("/v1/admin/tenants", admin, "{\"id\":\"initech\",\"name\":\"Again\"}"), 409);
        assertProblem(app.post("/v1/admin/tenants", admin, "{\"id\":\"Bad Id\",\"name\":\"x\"}"), 400, "tenant id");
        var issued = app.post("/v1/admin/tenants/initech/keys", admin, "{\"type\":\"tenant\",\"label\":\"backend\"}");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().get("secret").asString();
        assertThat(app.post("/v1/learners", secret, "{\"id\":\"l-9\"}").status()).isEqualTo(201);
        var listed = app.get("/v1/admin/tenants/initech/keys", admin);
        assertThat(listed.body()).doesNotContain(secret).doesNotContain("keyHash");
        assertProblem(app.post("/v1/admin/tenants/initech/keys", admin, "{\"type\":\"public\"}"), 400, "origins");
        String keyId = issued.json().get("key").get("id").asString();
        assertThat(app.delete("/v1/admin/keys/" + keyId, admin).status()).isEqualTo(204);
        assertProblem(app.get("/v1/learners/l-9", secret), 401);
    }
}
