package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
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

/** Every kind of bad input gets a 4xx problem+json naming the problem, stores nothing, and the server keeps serving. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    private static final String EVENT =
            "{\"learnerId\":\"l-1\",\"credentialId\":\"c-1\",\"type\":\"enrol\",\"timestamp\":\"2025-03-01T10:00:00Z\"}";

    TestApp app;
    String key;

    @BeforeAll
    void start(@TempDir Path dir) {
        app = TestApp.embedded(dir);
        key = app.key("acme", KeyType.TENANT, List.of());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void malformedJson() {
        JsonNode p = assertProblem(app.post("/v1/learners", key, "{\"id\": \"l-1\", "), 400);
        assertThat(p.get("detail").asString()).contains("malformed JSON");
        assertHealthy();
    }

    @Test
    void wrongTypeNamesTheField() {
        JsonNode p = assertProblem(app.post("/v1/learners", key, "{\"hoursPerWeek\":\"six\"}"), 400, "hoursPerWeek");
        assertThat(p.get("errors").get(0).get("message").asString()).contains("number");
        assertProblem(app.post("/v1/learners", key, "{\"skills\":\"sql\"}"), 400, "skills");
    }

    @Test
    void unknownFieldIsRefusedAndNamed() {
        JsonNode p = assertProblem(app.post("/v1/learners", key, "{\"id\":\"l-2\",\"favouriteColour\":\"blue\"}"), 400,
                "favouriteColour");
        assertThat(p.get("detail").asString()).contains("unknown field");
        assertProblem(app.get("/v1/learners/l-2", key), 404);
    }

    @Test
    void invalidValueFromValidationNamesTheField() {
        assertProblem(app.post("/v1/learners", key, "{\"hoursPerWeek\":-3}"), 400, "hoursPerWeek");
        assertProblem(app.post("/v1/learners", key, "{\"delivery\":[\"by-pigeon\"]}"), 400, "delivery[0]");
        assertProblem(app.put("/v1/learners/l-3", key, "{\"id\":\"other\"}"), 400, "id");
    }

    @Test
    void kOutOfRange() {
        String learner = "\"learner\":{\"skills\":[\"sql\"]}";
        assertProblem(app.post("/v1/recommendations", key, "{" + learner + ",\"k\":0}"), 400, "k");
        assertProblem(app.post("/v1/recommendations", key, "{" + learner + ",\"k\":1001}"), 400, "k");
        assertProblem(app.post("/v1/recommendations", key, "{" + learner + ",\"k\":2.5}"), 400, "k");
        assertProblem(app.get("/v1/credentials?q=sql&k=0", key), 400, "k");
        assertProblem(app.get("/v1/credentials?q=sql&k=abc", key), 400, "k");
        assertProblem(app.get("/v1/credentials?type=spaceship", key), 400, "type");
    }

    @Test
    void unknownLearnerIdAndExactlyOneLearner() {
        assertProblem(app.post("/v1/recommendations", key, "{\"learnerId\":\"ghost\"}"), 404, "learnerId");
        assertProblem(app.post("/v1/recommendations", key, "{}"), 400, "learner");
        assertProblem(app.post("/v1/learners/ghost/wallet", key, "{}"), 404);
    }

    @Test
    void tenMegabyteBodyIs413() {
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        TestApp.Response declared = app.send(app.request("/v1/events", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertProblem(declared, 413);
        TestApp.Response chunked = app.send(app.request("/v1/events", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
        assertProblem(chunked, 413);
        assertHealthy();
    }

    @Test
    void eventsAreAllOrNothing() {
        EventRepository events = new EventRepository(app.db);
        long before = events.count("acme");
        String bad = "{\"learnerId\":\"l-1\",\"credentialId\":\"c-1\",\"type\":\"purchase\",\"timestamp\":\"2025-03-01T10:00:00Z\"}";
        JsonNode p = assertProblem(app.post("/v1/events", key, "[" + EVENT + "," + bad + "]"), 400, "[1].type");
        assertThat(p.get("errors").get(0).get("message").asString()).contains("impression");
        assertProblem(app.post("/v1/events", key, "[" + EVENT + ",{\"learnerId\":\"l-1\"}]"), 400, "[1].credentialId");
        JsonNode syntax = assertProblem(app.post("/v1/events", key, EVENT + "\n{not json\n"), 400, "[1]");
        assertThat(syntax.get("errors").get(0).get("message").asString()).contains("line 2");
        assertThat(events.count("acme")).isEqualTo(before);

        TestApp.Response ok = app.post("/v1/events", key, EVENT + "\n\n" + EVENT.replace("enrol", "complete") + "\n");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("stored").asInt()).isEqualTo(2);
        assertThat(events.count("acme")).isEqualTo(before + 2);
    }

    @Test
    void credentialsUploadIsAllOrNothingAndNamesEachBadOne() {
        JsonNode p = assertProblem(app.post("/v1/credentials", key,
                "[{\"id\":\"a\",\"title\":\"A\"},{\"id\":\"b\"},{\"id\":\"a\",\"title\":\"again\"},{\"id\":\"c\",\"title\":\"C\",\"hours\":-1}]"),
                400);
        assertThat(ProblemAssert.fields(p)).contains("[1].title", "[2].id", "[3].hours");
        assertProblem(app.get("/v1/credentials/a", key), 503);
    }

    @Test
    void unknownRouteAndWrongContentType() {
        assertProblem(app.get("/v1/nothing-here", key), 404);
        var r = app.send(app.request("/v1/learners", key).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(r, 415);
    }

    @Test
    void unboundEngineServicesAnswer503NotInventedResults() {
        assertProblem(app.post("/v1/recommendations", key, "{\"learner\":{\"skills\":[\"sql\"]},\"k\":5}"), 503);
        assertProblem(app.get("/v1/occupations?q=nurse", key), 503);
        assertProblem(app.get("/v1/models/current", key), 404);
    }

    private void assertHealthy() {
        assertThat(app.get("/v1/health", null).status()).isEqualTo(200);
    }
}
