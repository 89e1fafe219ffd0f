package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.credpath.api.routes.Limits;
import org.credpath.api.store.EventRepository;
import org.credpath.api.store.KeyType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The 500s of the reliability audit (JSON null bodies, ids longer than their columns) and the
 * documented bounds on request bodies: each is a 400 naming the field (and the bound), before any work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsTest {
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
    void jsonNullBodyIs400NamingTheBodyOnEveryRoute() {
        for (String path : List.of("/v1/learners", "/v1/recommendations", "/v1/pathways")) {
            JsonNode p = assertProblem(app.post(path, key, "null"), 400, "");
            assertThat(p.get("detail").asString()).as(path).contains("request body").contains("null");
        }
        assertProblem(app.put("/v1/learners/l-1", key, " null "), 400, "");
        for (String path : List.of("/v1/models/reload", "/v1/admin/tenants", "/v1/admin/tenants/root/keys")) {
            JsonNode p = assertProblem(app.post(path, admin, "null"), 400, "");
            assertThat(p.toString()).as(path).doesNotContain("org.credpath").doesNotContain("$").doesNotContain("invoke");
        }
    }

    @Test
    void overLongEventIdsAre400BeforeAnythingIsStored() {
        EventRepository events = new EventRepository(app.db);
        long before = events.count("acme");
        JsonNode p = assertProblem(app.post("/v1/events", key, event("x".repeat(201), "c-1")), 400, "[0].learnerId");
        assertThat(p.get("detail").asString()).contains("at most 200 characters, got 201");
        assertProblem(app.post("/v1/events", key, event("l-1", "c".repeat(301))), 400, "[0].credentialId");
        assertThat(events.count("acme")).isEqualTo(before);
        assertThat(app.post("/v1/events", key, event("x".repeat(200), "c".repeat(300))).status()).isEqualTo(201);
    }

    @Test
    void overLongLearnerIdInPathwaysIs400BeforePlanning() {
        // this server binds no planner: a 400 (not the 503 of the missing service) shows the check comes first
        String id = "l".repeat(250);
        assertProblem(app.post("/v1/pathways", key, "{\"learner\":{\"id\":\"" + id + "\"},\"targetOccupation\":\"nurse\"}"),
                400, "learner.id");
        assertProblem(app.post("/v1/pathways", key, "{\"learnerId\":\"" + id + "\",\"targetOccupation\":\"nurse\"}"),
                400, "learnerId");
        assertProblem(app.post("/v1/pathways", key, "{\"learner\":{},\"targetOccupation\":\"" + "n".repeat(501) + "\"}"),
                400, "targetOccupation");
    }

    @Test
    void learnerListsAndStringsAreBounded() {
        JsonNode p = assertProblem(app.post("/v1/recommendations", key,
                "{\"learner\":{\"skills\":" + strings(Limits.SKILLS + 1, 3) + "}}"), 400, "learner.skills");
        assertThat(p.get("detail").asString()).contains("at most " + Limits.SKILLS + " entries");
        assertProblem(app.post("/v1/learners", key, "{\"heldCredentials\":" + strings(Limits.LIST + 1, 3) + "}"), 400,
                "heldCredentials");
        assertProblem(app.post("/v1/learners", key, "{\"skills\":[\"" + "s".repeat(Limits.SHORT_TEXT + 1) + "\"]}"), 400,
                "skills[0]");
        assertProblem(app.put("/v1/learners/l-9", key, "{\"currentOccupation\":\"" + "o".repeat(3_000_000) + "\"}"),
                400, "currentOccupation");
        assertProblem(app.post("/v1/learners", key, "{\"skills\":[\"a\\u0000b\"]}"), 400, "skills[0]");
        assertThat(app.post("/v1/learners", key, "{\"skills\":" + strings(Limits.SKILLS, 3) + "}").status()).isEqualTo(201);
    }

    @Test
    void credentialFieldsAndBatchesAreBounded() {
        JsonNode p = assertProblem(app.post("/v1/credentials", key,
                "[{\"id\":\"big-provider\",\"title\":\"x\",\"provider\":\"" + "p".repeat(40_000) + "\"}]"), 400,
                "[0].provider");
        assertThat(p.get("detail").asString()).contains("at most " + Limits.SHORT_TEXT + " characters");
        assertProblem(app.get("/v1/credentials/big-provider", key), 503);
        assertProblem(app.post("/v1/credentials", key,
                "[{\"id\":\"a\",\"title\":\"A\",\"skills\":" + strings(Limits.LIST + 1, 2) + "}]"), 400, "[0].skills");
        assertProblem(app.post("/v1/credentials", key,
                "[{\"id\":\"a\",\"title\":\"A\",\"description\":\"" + "d".repeat(Limits.LONG_TEXT + 1) + "\"}]"), 400,
                "[0].description");
    }

    @Test
    void walletImportsAreBounded() {
        assertThat(app.put("/v1/learners/w-1", key, "{}").status()).isEqualTo(201);
        String alignments = IntStream.range(0, Limits.ALIGNMENTS + 1)
                .mapToObj(i -> "{\"targetName\":\"skill " + i + "\"}").collect(Collectors.joining(",", "[", "]"));
        assertProblem(app.post("/v1/learners/w-1/wallet", key, badge("Data", alignments)), 400,
                "credentialSubject.achievement.alignment");
        assertProblem(app.post("/v1/learners/w-1/wallet", key, badge("n".repeat(3_000_000), "[]")), 400,
                "credentialSubject.achievement.name");
        assertThat(app.get("/v1/learners/w-1", key).json().get("skills").isEmpty()).isTrue();
        assertThat(app.post("/v1/learners/w-1/wallet", key, badge("Data", "[{\"targetName\":\"sql\"}]")).status())
                .isEqualTo(200);
    }

    private static String event(String learnerId, String credentialId) {
        return "[{\"learnerId\":\"" + learnerId + "\",\"credentialId\":\"" + credentialId
                + "\",\"type\":\"click\",\"timestamp\":\"2025-03-01T10:00:00Z\"}]";
    }

    private static String strings(int n, int length) {
        return IntStream.range(0, n).mapToObj(i -> "\"" + ("s" + i + "x".repeat(length)) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String badge(String name, String alignments) {
        return """
                {"@context":["https://www.w3.org/ns/credentials/v2"],
                 "type":["VerifiableCredential","OpenBadgeCredential"],"issuer":"https://example.org/issuer",
                 "credentialSubject":{"achievement":{"name":"%s","alignment":%s}}}""".formatted(name, alignments);
    }
}
