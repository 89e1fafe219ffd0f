package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.api.service.ExpectedReturn;
import org.credpath.api.service.OccupationReading;
import org.credpath.api.service.OccupationReadings;
import org.credpath.api.service.Pathway;
import org.credpath.api.service.PathwayService;
import org.credpath.api.service.PathwayStep;
import org.credpath.api.service.PlannedPathways;
import org.credpath.api.service.Recommendation;
import org.credpath.api.service.RecommendationFilters;
import org.credpath.api.service.RecommendationResult;
import org.credpath.api.service.RecommendationService;
import org.credpath.api.service.Services;
import org.credpath.api.store.KeyType;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The routes that call engine services, with recording test doubles: what reaches the service, and
 * what the client gets back. The doubles' answers are fixed test data, not product output.
 */
class EngineRoutesTest {
    @TempDir
    Path dir;
    TestApp app;
    String key;
    final List<Learner> seen = new ArrayList<>();
    final List<Integer> ks = new ArrayList<>();
    final List<RecommendationFilters> filtersSeen = new ArrayList<>();
    final List<Boolean> excludeSeen = new ArrayList<>();

    /** A target read through the slang table with low confidence; no current occupation given. */
    static final OccupationReadings READINGS = new OccupationReadings(null, new OccupationReading("sparky", "esco:e",
            "electrician", "search", 0.31, "electrician", List.of(new OccupationReading.RunnerUp("esco:d",
            "domestic electrician")), "read 'sparky' as 'electrician' with low confidence (0.31)"));

    @BeforeEach
    void start() {
        RecommendationService recommender = (tenant, requestId, learner, k, filters) -> {
            seen.add(learner);
            ks.add(k);
            filtersSeen.add(filters);
            return new RecommendationResult(requestId, "test-model", "1", READINGS, List.of(new Recommendation("c-1",
                    "Course 1", 0.9, new ExpectedReturn(100, 10, 900, 250, 0.3, 0.1, 1_500.0, 20_000.0, 40_000.0, 0, 5,
                    "estimate", List.of("wage gap")), List.of("covers sql"), null, null,
                    org.credpath.engine.catalog.Cost.unknown("unknown: the source states no price"), null, null, null)),
                    List.of());
        };
        PathwayService planner = new PathwayService() {
            @Override
            public PlannedPathways plan(String tenant, Learner learner, String target, int max) {
                return plan(tenant, learner, target, max, false);
            }

            @Override
            public PlannedPathways plan(String tenant, Learner learner, String target, int max, boolean exclude) {
                excludeSeen.add(exclude);
                if ("nowhere".equals(target) || "护士 🙂".equals(target)) {
                    throw new IllegalArgumentException("targetOccupation: no occupation matches '" + target + "'");
                }
                return PlannedPathways.of(List.of(new Pathway(null, target, List.of(new PathwayStep("c-1", "Course 1",
                        10.0, 50.0, org.credpath.engine.catalog.Cost.known(50, "listed"), List.of("sql"),
                        "closes the sql gap")), org.credpath.engine.catalog.Cost.known(50, "sum"), 0, 0, null,
                        List.of("one step"), null, null, null, null, READINGS)));
            }

            @Override
            public PlannedPathways evaluate(String tenant, Learner learner, String target, List<String> steps) {
                return PlannedPathways.of(List.of(new Pathway(null, target, steps.stream().map(id -> new PathwayStep(id,
                        "Course " + id, 10.0, 50.0, List.of(), "given")).toList(), null, List.of("evaluated"))));
            }
        };
        app = TestApp.embedded(dir, Services.none().withRecommendations(recommender).withPathways(planner));
        key = app.key("acme", KeyType.TENANT, List.of());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void recommendationsForAStoredLearnerPassTheLearnerAndK() {
        app.post("/v1/learners", key, "{\"id\":\"l-1\",\"skills\":[\"sql\"],\"budgetUsd\":300}");
        TestApp.Response r = app.post("/v1/recommendations", key, "{\"learnerId\":\"l-1\",\"k\":7}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(seen.getFirst().budgetUsd()).isEqualTo(300.0);
        assertThat(ks).containsExactly(7);
        JsonNode item = r.json().get("items").get(0);
        assertThat(item.get("credentialId").asString()).isEqualTo("c-1");
        assertThat(item.get("expectedReturn").get("p90Usd").asDouble()).isEqualTo(900.0);
        assertThat(r.json().get("requestId").asString()).startsWith("r-");
        assertReadings(r.json().get("occupations"));
    }

    static void assertReadings(JsonNode occupations) {
        assertThat(occupations.has("current")).isFalse();
        JsonNode target = occupations.get("target");
        assertThat(target.get("query").asString()).isEqualTo("sparky");
        assertThat(target.get("label").asString()).isEqualTo("electrician");
        assertThat(target.get("readAs").asString()).isEqualTo("electrician");
        assertThat(target.get("confidence").asDouble()).isEqualTo(0.31);
        assertThat(target.get("runnersUp").get(0).get("label").asString()).isEqualTo("domestic electrician");
        assertThat(target.get("warning").asString()).contains("low confidence");
    }

    @Test
    void costsAreObjectsWithAStateAndUnknownIsNullNeverZero() {
        TestApp.Response r = app.post("/v1/recommendations", key,
                "{\"learner\":{\"skills\":[\"sql\"],\"budgetUsd\":0},\"filters\":{\"maxCostUsd\":0,\"excludeUnknownCost\":true}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(filtersSeen.getFirst().excludeUnknownCost()).isTrue();
        assertThat(filtersSeen.getFirst().maxCostUsd()).isZero();
        JsonNode cost = r.json().get("items").get(0).get("cost");
        assertThat(cost.propertyNames()).containsExactly("state", "amount", "currency", "basis");
        assertThat(cost.get("state").asString()).isEqualTo("unknown");
        assertThat(cost.get("amount").isNull()).isTrue();
        assertThat(cost.get("currency").asString()).isEqualTo("USD");
        assertThat(r.json().get("items").get(0).get("expectedReturn").get("summary").asString()).isEqualTo("estimate");
        TestApp.Response p = app.post("/v1/pathways", key, "{\"learner\":{\"skills\":[\"sql\"],\"budgetUsd\":0},"
                + "\"targetOccupation\":\"data analyst\",\"excludeUnknownCost\":true}");
        assertThat(p.status()).as(p.body()).isEqualTo(200);
        assertThat(excludeSeen).containsExactly(true);
        JsonNode pw = p.json().get("pathways").get(0);
        assertThat(pw.get("cost").get("state").asString()).isEqualTo("known");
        assertThat(pw.get("steps").get(0).get("cost").get("amount").asDouble()).isEqualTo(50.0);
        assertProblem(app.post("/v1/recommendations", key,
                "{\"learner\":{},\"filters\":{\"excludeUnknownCost\":\"maybe\"}}"), 400, "filters.excludeUnknownCost");
    }

    @Test
    void publicKeysRecommendForInlineLearnersOnly() {
        String pub = app.key("acme", KeyType.PUBLIC, List.of("https://shop.example"));
        var inline = app.send(app.request("/v1/recommendations", pub).header("Origin", "https://shop.example")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"learner\":{\"skills\":[\"sql\"]}}")).build());
        assertThat(inline.status()).isEqualTo(200);
        assertThat(ks).containsExactly(10);
        var stored = app.send(app.request("/v1/recommendations", pub).header("Origin", "https://shop.example")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"learnerId\":\"l-1\"}")).build());
        assertProblem(stored, 403);
    }

    @Test
    void plannedPathwaysAreSavedAndReadableByTheirTenantOnly() {
        TestApp.Response r = app.post("/v1/pathways", key,
                "{\"learner\":{\"skills\":[\"sql\"]},\"targetOccupation\":\"data analyst\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String id = r.json().get("pathways").get(0).get("id").asString();
        assertThat(id).startsWith("p-");
        JsonNode saved = app.get("/v1/pathways/" + id, key).json();
        assertThat(saved.get("steps").get(0).get("why").asString()).isEqualTo("closes the sql gap");
        assertReadings(r.json().get("pathways").get(0).get("occupations"));
        assertReadings(saved.get("occupations"));
        String other = app.key("globex", KeyType.TENANT, List.of());
        assertProblem(app.get("/v1/pathways/" + id, other), 404);
    }

    @Test
    void engineRefusalsAre400NamingTheFieldAndTargetIsRequired() {
        assertProblem(app.post("/v1/pathways", key, "{\"learner\":{},\"targetOccupation\":\"nowhere\"}"), 400,
                "targetOccupation");
        assertProblem(app.post("/v1/pathways", key, "{\"learner\":{}}"), 400, "targetOccupation");
        // a non-Latin title comes back intact in the problem (UTF-8), not as '??'
        JsonNode p = assertProblem(app.post("/v1/pathways", key, "{\"learner\":{},\"targetOccupation\":\"护士 🙂\"}"), 400,
                "targetOccupation");
        assertThat(p.get("detail").asString()).contains("'护士 🙂'");
        assertProblem(app.post("/v1/pathways", key, "{\"learner\":{},\"targetOccupation\":\"x\",\"maxPathways\":0}"),
                400, "maxPathways");
    }

    @Test
    void aPathwayForALearnerIdLongerThanTheTableHoldsIsA400BeforePlanning() {
        String learner = "{\"id\":\"" + "l".repeat(250) + "\",\"targetOccupation\":\"data analyst\"}";
        ProblemAssert.assertProblem(app.post("/v1/pathways", key, "{\"learner\":" + learner + "}"), 400, "learner.id");
    }

    @Test
    void publicKeysPlanAndEvaluatePathwaysButNothingIsSaved() throws Exception {
        String pub = app.key("acme", KeyType.PUBLIC, List.of("https://shop.example"));
        TestApp.Response planned = fromShop(pub, "/v1/pathways",
                "{\"learner\":{\"id\":\"anon-1\",\"skills\":[\"sql\"]},\"targetOccupation\":\"data analyst\"}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(planned.json().get("saved").asBoolean()).isFalse();
        assertThat(planned.json().get("pathways").get(0).hasNonNull("id")).isFalse();
        TestApp.Response evaluated = fromShop(pub, "/v1/pathways/evaluate",
                "{\"learner\":{\"skills\":[\"sql\"]},\"targetOccupation\":\"x\",\"steps\":[\"c-2\",\"c-1\"]}");
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
        assertThat(evaluated.json().get("pathways").get(0).get("steps").get(0).get("credentialId").asString())
                .isEqualTo("c-2");
        assertThat(assertProblem(fromShop(pub, "/v1/pathways/evaluate",
                "{\"learner\":{},\"targetOccupation\":\"x\",\"steps\":[\"c-1\"],\"save\":true}"), 403).get("detail").asString())
                .contains("save");
        assertProblem(fromShop(pub, "/v1/pathways", "{\"learnerId\":\"l-1\",\"targetOccupation\":\"x\"}"), 403);
        assertThat(pathwayRows()).isZero();
        assertThat(app.post("/v1/pathways/evaluate", key,
                "{\"learner\":{},\"targetOccupation\":\"x\",\"steps\":[\"c-1\"],\"save\":true}").status()).isEqualTo(200);
        assertThat(pathwayRows()).isOne();
    }

    @Test
    void evaluateNeedsStepsNamedAsField() {
        assertProblem(app.post("/v1/pathways/evaluate", key, "{\"learner\":{},\"targetOccupation\":\"x\"}"), 400, "steps");
        assertProblem(app.post("/v1/pathways/evaluate", key,
                "{\"learner\":{},\"targetOccupation\":\"x\",\"steps\":[\"" + "c".repeat(600) + "\"]}"), 400, "steps[0]");
    }

    @Test
    void publicKeysSendImpressionsAndClicksOnlyAndTenantsReadThemBack() {
        String pub = app.key("acme", KeyType.PUBLIC, List.of("https://shop.example"));
        String events = "[{\"id\":\"e-1\",\"learnerId\":\"anon-9\",\"credentialId\":\"c-1\",\"type\":\"impression\","
                + "\"timestamp\":\"2026-12-01T10:00:00Z\",\"position\":1,\"requestId\":\"r-77\"},"
                + "{\"id\":\"e-2\",\"learnerId\":\"anon-9\",\"credentialId\":\"c-1\",\"type\":\"click\","
                + "\"timestamp\":\"2026-12-01T10:00:05Z\",\"position\":1,\"requestId\":\"r-77\"}]";
        TestApp.Response stored = fromShop(pub, "/v1/events", events);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(assertProblem(fromShop(pub, "/v1/events", events.replace("\"click\"", "\"enrol\"")
                .replace("e-2", "e-3")), 403).get("detail").asString()).contains("[1].type");
        JsonNode back = app.get("/v1/events?requestId=r-77", key).json().get("events");
        assertThat(back.size()).isEqualTo(2);
        assertThat(back.get(1).get("type").asString()).isEqualTo("click");
        assertThat(app.get("/v1/events?requestId=r-other", key).json().get("events").size()).isZero();
        assertProblem(app.send(app.request("/v1/events", pub).header("Origin", "https://shop.example").GET().build()), 403);
    }

    private TestApp.Response fromShop(String pub, String path, String body) {
        return app.send(app.request(path, pub).header("Origin", "https://shop.example")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private long pathwayRows() throws Exception {
        try (var c = app.db.dataSource().getConnection(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM pathways")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
