package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.nio.file.Path;
import java.util.List;

import org.credpath.api.engine.EngineServices;
import org.credpath.api.store.KeyType;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** The whole engine behind the API (as {@code serve} binds it), on the shipped data: pathways and recommendations. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineApiTest {
    @TempDir
    static Path dir;
    EngineServices engine;
    TestApp app;
    String key;
    String admin;

    static final String LEARNER = """
            {"id":"l-1","skills":["SQL","spreadsheet software"],"currentOccupation":"data entry clerk",
             "targetOccupation":"data analyst","budgetUsd":2000,"hoursPerWeek":8,"deadlineWeeks":52}""";

    @BeforeAll
    void start() {
        engine = EngineServices.load(CredpathHome.locate(), null, System.err);
        app = TestApp.embedded(dir, engine.services());
        key = app.key("acme", KeyType.TENANT, List.of());
        admin = app.key("acme", KeyType.ADMIN, List.of());
    }

    @AfterAll
    void stop() {
        app.close();
        engine.close();
    }

    @Test
    void pathwaysArePlannedSavedAndReadBack() {
        TestApp.Response r = app.post("/v1/pathways", key, "{\"learner\":" + LEARNER + ",\"maxPathways\":2}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode pathways = r.json().get("pathways");
        assertThat(pathways.size()).isBetween(1, 2);
        JsonNode first = pathways.get(0);
        assertThat(first.get("targetOccupation").asString()).startsWith("http://data.europa.eu/esco/occupation/");
        assertThat(first.get("steps").size()).isPositive();
        assertThat(first.get("steps").get(0).get("why").asString()).isNotBlank();
        assertThat(first.get("explanation").toString()).contains("target occupation 'data analyst'");
        JsonNode er = first.get("expectedReturn");
        assertThat(er.get("p10Usd").asDouble()).isLessThanOrEqualTo(er.get("medianUsd").asDouble());
        assertThat(er.get("medianUsd").asDouble()).isLessThanOrEqualTo(er.get("p90Usd").asDouble());

        String id = first.get("id").asString();
        TestApp.Response back = app.get("/v1/pathways/" + id, key);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("steps")).isEqualTo(first.get("steps"));
    }

    /** The console's edit loop: a planned pathway with its last step removed, then reversed, is re-priced by the engine. */
    @Test
    void anEditedPathwayIsRepricedAndCanBeSaved() {
        JsonNode planned = app.post("/v1/pathways", key, "{\"learner\":" + LEARNER + ",\"maxPathways\":1}").json();
        assertThat(planned.get("gap").get("missing").size()).isPositive();
        assertThat(planned.get("targetOccupation").get("title").asString()).isNotBlank();
        JsonNode first = planned.get("pathways").get(0);
        List<String> steps = new java.util.ArrayList<>();
        first.get("steps").forEach(s -> steps.add(s.get("credentialId").asString()));
        String same = org.credpath.api.http.ApiJson.mapper().writeValueAsString(steps);
        JsonNode again = app.post("/v1/pathways/evaluate", key, "{\"learner\":" + LEARNER + ",\"steps\":" + same + "}").json();
        assertThat(again.get("saved").asBoolean()).isFalse();
        assertThat(again.get("pathways").get(0).hasNonNull("id")).isFalse();
        assertThat(again.get("pathways").get(0).get("expectedReturn").get("medianUsd").asDouble())
                .isEqualTo(first.get("expectedReturn").get("medianUsd").asDouble());
        java.util.Collections.reverse(steps);
        String reversed = org.credpath.api.http.ApiJson.mapper().writeValueAsString(steps.subList(0, Math.max(1, steps.size() - 1)));
        TestApp.Response edited = app.post("/v1/pathways/evaluate", key, "{\"learner\":" + LEARNER
                + ",\"steps\":" + reversed + ",\"save\":true}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        JsonNode e = edited.json().get("pathways").get(0);
        assertThat(e.get("steps").get(0).get("credentialId").asString()).isEqualTo(steps.getFirst());
        e.get("steps").forEach(EngineApiTest::assertCostHasItsState);
        assertThat(app.get("/v1/pathways/" + e.get("id").asString(), key).json().get("steps")).isEqualTo(e.get("steps"));
        assertProblem(app.post("/v1/pathways/evaluate", key, "{\"learner\":" + LEARNER + ",\"steps\":[\"no-such\"]}"),
                400, "steps[0]");
    }

    /** A widget card needs no second call: link, provider, cost with its state, hours, language and type. */
    @Test
    void recommendationItemsCarryWhatACardShows() {
        JsonNode items = app.post("/v1/recommendations", key, "{\"learner\":" + LEARNER + ",\"k\":5}").json().get("items");
        for (JsonNode item : items) {
            JsonNode c = app.get("/v1/credentials/" + item.get("credentialId").asString(), key).json();
            assertThat(item.get("url").asString()).isEqualTo(c.get("url").asString()).startsWith("http");
            assertThat(item.get("provider").asString()).isEqualTo(c.get("provider").asString());
            assertThat(item.get("credentialType").asString()).isEqualTo(c.get("credentialType").asString());
            assertCostHasItsState(item);
            if (c.hasNonNull("costUsd")) {
                assertThat(item.get("cost").get("state").asString()).isEqualTo("known");
                assertThat(item.get("cost").get("amount").asDouble()).isEqualTo(c.get("costUsd").asDouble());
            } else {
                assertThat(item.get("cost").get("state").asString()).as("no listed price").isIn("estimated", "unknown");
            }
        }
    }

    @Test
    void unknownTargetOccupationIs400NamingClosestMatches() {
        TestApp.Response r = app.post("/v1/pathways", key, "{\"learner\":" + LEARNER
                + ",\"targetOccupation\":\"zzqx blorf\"}");
        JsonNode p = assertProblem(r, 400);
        assertThat(p.get("detail").asString()).contains("targetOccupation").contains("closest matches");
    }

    @Test
    void recommendationsAreRankedExplainedAndNameTheirModel() {
        TestApp.Response r = app.post("/v1/recommendations", key, "{\"learner\":" + LEARNER + ",\"k\":5}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        String served = app.get("/v1/models/current", key).json().get("id").asString();
        assertThat(body.get("model").asString()).isEqualTo(served);
        JsonNode items = body.get("items");
        assertThat(items.size()).isEqualTo(5);
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).get("score").asDouble()).isLessThanOrEqualTo(items.get(i - 1).get("score").asDouble());
        }
        JsonNode top = items.get(0);
        assertThat(top.get("explanation").get(0).asString()).contains("of your missing skills").contains("data analyst");
        JsonNode er = top.get("expectedReturn");
        assertThat(er.get("p10Usd").asDouble()).isLessThanOrEqualTo(er.get("p90Usd").asDouble());
        assertThat(er.get("drivers").size()).isPositive();
    }

    @Test
    void recommendationsAndPathwaysSayHowEachTitleWasRead() {
        String learner = """
                {"skills":["SQL"],"currentOccupation":"chippy","targetOccupation":"softwre engneer","hoursPerWeek":8}""";
        TestApp.Response r = app.post("/v1/recommendations", key, "{\"learner\":" + learner + ",\"k\":3}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode current = r.json().get("occupations").get("current");
        assertThat(current.get("query").asString()).isEqualTo("chippy");
        assertThat(current.get("label").asString()).isEqualTo("carpenter");
        assertThat(current.get("readAs").asString()).isEqualTo("carpenter");
        assertThat(current.get("method").asString()).isEqualTo("search");
        assertThat(current.get("runnersUp").size()).isPositive();
        JsonNode target = r.json().get("occupations").get("target");
        assertThat(target.get("label").asString()).isEqualTo("software developer");
        assertThat(target.get("readAs").asString()).isEqualTo("software engineer");
        assertThat(target.get("confidence").asDouble()).isBetween(0.0, 1.0);

        TestApp.Response p = app.post("/v1/pathways", key, "{\"learner\":" + learner + ",\"maxPathways\":1}");
        assertThat(p.status()).as(p.body()).isEqualTo(200);
        JsonNode pathway = p.json().get("pathways").get(0);
        assertThat(pathway.get("occupations").get("target")).isEqualTo(target);
        assertThat(pathway.get("explanation").toString())
                .contains("target occupation 'softwre engneer' read as 'software developer' (search, via 'software engineer'");
    }

    @Test
    void aGenericTitleIsReadWithLowConfidenceAndADidYouMeanWarning() {
        String learner = """
                {"skills":["SQL"],"targetOccupation":"team leader"}""";
        TestApp.Response r = app.post("/v1/recommendations", key, "{\"learner\":" + learner + ",\"k\":3}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode target = r.json().get("occupations").get("target");
        assertThat(target.get("warning").asString()).contains("did you mean");
        assertThat(r.json().get("warnings").toString()).contains("targetOccupation: read 'team leader'");
    }

    /** The same learner twice gives the same answer (the second from the prepared-learner memo); a PUT changes the next one. */
    @Test
    void theSameLearnerGetsTheSameAnswerAndAPutLearnerChangesTheNext() {
        String beta = app.key("beta", KeyType.TENANT, List.of());
        String asked = "{\"learnerId\":\"l-put\",\"k\":5}";
        assertThat(app.put("/v1/learners/l-put", beta, LEARNER.replace("l-1", "l-put")).status()).isEqualTo(201);
        JsonNode first = app.post("/v1/recommendations", beta, asked).json();
        JsonNode again = app.post("/v1/recommendations", beta, asked).json();
        assertThat(again.get("items")).isEqualTo(first.get("items"));
        assertThat(again.get("warnings")).isEqualTo(first.get("warnings"));

        String changed = LEARNER.replace("l-1", "l-put").replace("data analyst", "web developer");
        assertThat(app.put("/v1/learners/l-put", beta, changed).status()).isEqualTo(200);
        JsonNode after = app.post("/v1/recommendations", beta, asked).json();
        assertThat(after.get("items").get(0).get("explanation").get(0).asString()).contains("web developer");
        assertThat(after.get("items")).isNotEqualTo(first.get("items"));
    }

    /** A credential added through the API is a candidate for the very next recommendation of its tenant only. */
    @Test
    void aCredentialAddedThroughTheApiIsRecommendedAtOnce() {
        String gamma = app.key("gamma", KeyType.TENANT, List.of());
        String delta = app.key("delta", KeyType.TENANT, List.of());
        String asked = "{\"learner\":" + LEARNER + ",\"k\":5}";
        JsonNode before = app.post("/v1/recommendations", gamma, asked).json().get("items");
        String topId = before.get(0).get("credentialId").asString();
        JsonNode top = app.get("/v1/credentials/" + java.net.URLEncoder.encode(topId, java.nio.charset.StandardCharsets.UTF_8),
                gamma).json();
        String copy = "[" + top.toString().replace("\"" + topId + "\"", "\"gamma:copy-of-top\"") + "]";
        TestApp.Response up = app.post("/v1/credentials", gamma, copy);
        assertThat(up.status()).as(up.body()).isEqualTo(201);

        List<String> after = ids(app.post("/v1/recommendations", gamma, asked).json().get("items"));
        assertThat(after).contains("gamma:copy-of-top");
        assertThat(ids(app.post("/v1/recommendations", delta, asked).json().get("items"))).doesNotContain("gamma:copy-of-top");
        assertThat(app.delete("/v1/credentials/gamma:copy-of-top", gamma).status()).isEqualTo(204);
        assertThat(ids(app.post("/v1/recommendations", gamma, asked).json().get("items"))).doesNotContain("gamma:copy-of-top");
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new java.util.ArrayList<>();
        items.forEach(i -> out.add(i.get("credentialId").asString()));
        return out;
    }

    @Test
    void anInlineLearnerNeedsNoId() {
        String learner = LEARNER.replace("\"id\":\"l-1\",", "");
        TestApp.Response r = app.post("/v1/recommendations", key, "{\"learner\":" + learner + ",\"k\":2}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("items").size()).isEqualTo(2);
    }

    @Test
    void budgetAndFiltersAreRespected() {
        String learner = LEARNER.replace("\"budgetUsd\":2000", "\"budgetUsd\":0");
        TestApp.Response r = app.post("/v1/recommendations", key, "{\"learner\":" + learner
                + ",\"k\":10,\"filters\":{\"maxHours\":20}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        r.json().get("items").forEach(i -> {
            Credential c = engine.catalog().find("acme", i.get("credentialId").asString()).orElseThrow();
            assertThat(c.hours()).isLessThanOrEqualTo(20);
            assertThat(c.costUsd() == null || c.costUsd() == 0).as("no listed price above 0: " + c.id()).isTrue();
            assertCostHasItsState(i);
            JsonNode cost = i.get("cost");
            if (cost.get("state").asString().equals("known")) {
                assertThat(cost.get("amount").asDouble()).as(cost.toString()).isZero();
            }
        });
        long uncertain = 0;
        for (JsonNode i : r.json().get("items")) {
            JsonNode cost = i.get("cost");
            uncertain += cost.get("state").asString().equals("unknown")
                    || cost.get("state").asString().equals("estimated") && cost.get("amount").asDouble() > 0 ? 1 : 0;
        }
        if (uncertain > 0) {
            assertThat(r.json().get("warnings").toString()).contains("unknown cost").contains("estimated above your limit");
        }
        TestApp.Response strict = app.post("/v1/recommendations", key, "{\"learner\":" + learner
                + ",\"k\":10,\"filters\":{\"maxHours\":20,\"excludeUnknownCost\":true}}");
        assertThat(strict.status()).as(strict.body()).isEqualTo(200);
        strict.json().get("items").forEach(i -> assertThat(i.get("cost").get("state").asString()).as(i.toString())
                .isNotEqualTo("unknown"));
        strict.json().get("items").forEach(i -> assertThat(i.get("cost").get("amount").asDouble()).as(i.toString())
                .isZero());
    }

    @Test
    void reloadSwapsTheModelAndABadSourceKeepsTheCurrentOne() {
        String before = app.get("/v1/models/current", key).json().get("id").asString();
        assertProblem(app.post("/v1/models/reload", key, "{\"source\":\"gap-coverage\"}"), 403);
        JsonNode bad = assertProblem(app.post("/v1/models/reload", admin, "{\"source\":\"models/no-such-model\"}"),
                422, "source");
        assertThat(bad.get("detail").asString()).contains("no-such-model");
        assertThat(app.get("/v1/models/current", key).json().get("id").asString()).isEqualTo(before);

        TestApp.Response ok = app.post("/v1/models/reload", admin, "{\"source\":\"gap-coverage\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("id").asString()).isEqualTo("gap-coverage");
        assertThat(app.get("/v1/models/current", key).json().get("provenance").get("model").asString())
                .isEqualTo("gap-coverage");
        TestApp.Response rec = app.post("/v1/recommendations", key, "{\"learner\":" + LEARNER + ",\"k\":3}");
        assertThat(rec.json().get("model").asString()).isEqualTo("gap-coverage");

        TestApp.Response back = app.post("/v1/models/reload", admin, "{\"source\":\"models/ranker-default\"}");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(app.get("/v1/models/current", key).json().get("id").asString()).isEqualTo("ranker-default");

        TestApp.Response home = app.post("/v1/models/reload", admin, "{\"source\":\"semantic-gap\"}");
        assertThat(home.status()).as(home.body()).isEqualTo(200);
        assertThat(app.get("/v1/models/current", key).json().get("id").asString()).isEqualTo("semantic-gap");
    }

    @Test
    void theSemanticGapPriorServesByDefaultWithItsProvenance() {
        JsonNode current = app.get("/v1/models/current", key).json();
        assertThat(current.get("id").asString()).isEqualTo("semantic-gap");
        assertThat(current.get("provenance").get("model").asString()).isEqualTo("semantic-gap");
        assertThat(current.get("provenance").get("encoder").asString())
                .isEqualTo(org.credpath.engine.text.BgeSmallEncoder.ID);
    }

    @Test
    void metricsPublishTheEngineCachesUsedByARecommendation() {
        assertThat(app.post("/v1/recommendations", key, "{\"learner\":" + LEARNER + ",\"k\":3}").status()).isEqualTo(200);
        String metrics = app.get("/metrics", null).body();
        // credential-vectors belongs to the DL4J ranker's features, not used by the default semantic-gap model
        for (String cache : List.of("prepared-learners", "completion-probabilities")) {
            assertThat(metrics).contains("cache_gets_total{cache=\"" + cache + "\",result=\"miss\"}")
                    .contains("cache_size{cache=\"" + cache + "\"}");
        }
    }

    /** A team on the shipped data: the same gap a member's own pathway reads, and a cover whose counts add up. */
    @Test
    void aTeamIsPlannedOnTheShippedData() {
        app.put("/v1/learners/team-1", key, LEARNER.replace("\"l-1\"", "\"team-1\""));
        app.put("/v1/learners/team-2", key, "{\"currentOccupation\":\"bookkeeper\",\"targetOccupation\":\"data analyst\"}");
        assertThat(app.put("/v1/teams/data", key, "{\"name\":\"Data\",\"learnerIds\":[\"team-1\",\"team-2\"]}")
                .status()).isEqualTo(201);
        TestApp.Response r = app.get("/v1/teams/data/plan", key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode plan = r.json();
        JsonNode role = plan.get("roles").get(0);
        assertThat(plan.get("roles").size()).isEqualTo(1);
        assertThat(role.get("targetUri").asString()).startsWith("http://data.europa.eu/esco/occupation/");
        // member team-1 is the pathway test's learner: the team reads the same gap as their own pathway
        JsonNode own = app.post("/v1/pathways", key, "{\"learnerId\":\"team-1\",\"maxPathways\":1}").json().get("gap");
        long lacking = 0;
        for (JsonNode s : role.get("skills")) {
            lacking += s.get("membersLacking").asInt();
            if (s.get("memberIds").toString().contains("team-1")) {
                assertThat(own.get("missing").toString()).contains(s.get("uri").asString());
            }
        }
        assertThat(lacking).isEqualTo(role.get("memberGaps").asInt());
        JsonNode creds = plan.get("credentials");
        assertThat(creds.size()).isBetween(1, 10);
        int closed = 0;
        int previous = Integer.MAX_VALUE;
        for (JsonNode c : creds) {
            closed += c.get("memberGapsClosed").asInt();
            assertThat(c.get("memberGapsClosed").asInt()).isLessThanOrEqualTo(previous); // greedy: gains never grow
            previous = c.get("memberGapsClosed").asInt();
            assertThat(c.get("cumulativeClosed").asInt()).isEqualTo(closed);
            assertCostHasItsState(c);
        }
        assertThat(plan.get("closedGaps").asInt()).isEqualTo(closed);
        assertThat(closed).isLessThanOrEqualTo(plan.get("memberGaps").asInt());
        app.put("/v1/teams/data", key, "{\"name\":\"Data\",\"learnerIds\":[\"team-1\"],"
                + "\"targetOccupations\":[\"data analyst\",\"zzqx blorf\"]}");
        JsonNode p = assertProblem(app.get("/v1/teams/data/plan", key), 400, "targetOccupations[1]");
        assertThat(p.get("detail").asString()).contains("closest matches");
    }

    /** A cost says its state: a known or estimated one has an amount and a basis, an unknown one a null amount. */
    private static void assertCostHasItsState(JsonNode withCost) {
        JsonNode cost = withCost.get("cost");
        assertThat(cost.get("currency").asString()).isEqualTo("USD");
        switch (cost.get("state").asString()) {
            case "known" -> assertThat(cost.get("amount").isNumber()).as(cost.toString()).isTrue();
            case "estimated" -> {
                assertThat(cost.get("amount").isNumber()).as(cost.toString()).isTrue();
                assertThat(cost.get("basis").asString()).as(cost.toString()).contains("estimated");
            }
            case "unknown" -> assertThat(cost.get("amount").isNull()).as("amount present as null: " + cost).isTrue();
            default -> throw new AssertionError("cost state " + cost);
        }
    }
}
