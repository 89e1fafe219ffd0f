package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credpath.api.service.Services;
import org.credpath.api.store.KeyType;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.gap.GapSkill;
import org.credpath.engine.team.MemberGap;
import org.credpath.engine.team.MemberGaps;
import org.credpath.engine.team.TeamPlanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Teams over HTTP: stored, read, listed, deleted, planned, refused with a field named, and kept
 * inside their tenant. The engine's team planner runs on fixed gaps and a three-credential catalogue.
 */
class TeamApiTest {
    @TempDir
    Path dir;
    TestApp app;
    String acme;
    String other;

    static GapSkill ess(String id) {
        return new GapSkill("esco:" + id, id, true, 1.0, List.of("essential for analyst"));
    }

    /** m1 lacks a and b, m2 lacks a: 3 member-gaps; any other role is unknown. */
    static final MemberGaps GAPS = (m, target) -> {
        Map<String, List<GapSkill>> byMember = Map.of("m1", List.of(ess("a"), ess("b")), "m2", List.of(ess("a")));
        if (!target.equals("analyst")) {
            throw new IllegalArgumentException("targetOccupation: no occupation matches '" + target + "'");
        }
        return new MemberGap("occ:analyst", "data analyst", byMember.getOrDefault(m.id(), List.of()), 3.0, 900.0);
    };

    static Credential cred(String id, Double cost, String... skills) {
        return new Credential(id, "<b>Course " + id + "</b>", "Prov", null, null, null, CredentialType.COURSE, null, 10.0,
                cost, null, "en", true, java.util.Arrays.stream(skills).map(s -> "esco:" + s).toList(), null, null,
                null, null, null, null);
    }

    @BeforeEach
    void start() {
        TeamPlanner planner = new TeamPlanner(GAPS, List.of(cred("A", 40.0, "a"), cred("B", null, "b"),
                cred("AB", 500.0, "a", "b")));
        app = TestApp.embedded(dir, Services.none().withTeams(planner::plan));
        acme = app.key("acme", KeyType.TENANT, List.of());
        other = app.key("other", KeyType.TENANT, List.of());
        for (String id : List.of("m1", "m2")) {
            assertThat(app.put("/v1/learners/" + id, acme, "{\"targetOccupation\":\"analyst\"}").status()).isEqualTo(201);
        }
        app.put("/v1/learners/x1", other, "{}");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aTeamIsStoredReadListedAndDeleted() {
        TestApp.Response created = app.put("/v1/teams/t-1", acme,
                "{\"name\":\"Data team\",\"learnerIds\":[\"m2\",\"m1\"],\"targetOccupations\":[\"analyst\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("learnerIds").toString()).isEqualTo("[\"m2\",\"m1\"]");
        TestApp.Response replaced = app.put("/v1/teams/t-1", acme, "{\"name\":\"Data\",\"learnerIds\":[\"m1\"]}");
        assertThat(replaced.status()).isEqualTo(200);
        JsonNode back = app.get("/v1/teams/t-1", acme).json();
        assertThat(back.get("name").asString()).isEqualTo("Data");
        assertThat(back.get("learnerIds").toString()).isEqualTo("[\"m1\"]");
        assertThat(back.get("targetOccupations").size()).isZero();
        assertThat(app.get("/v1/teams", acme).json().get("items").size()).isEqualTo(1);
        assertThat(app.delete("/v1/teams/t-1", acme).status()).isEqualTo(204);
        assertProblem(app.get("/v1/teams/t-1", acme), 404);
        assertProblem(app.delete("/v1/teams/t-1", acme), 404);
    }

    @Test
    void thePlanCountsMembersPerSkillAndRanksWhatClosesMost() {
        app.put("/v1/teams/t-1", acme, "{\"name\":\"Data\",\"learnerIds\":[\"m1\",\"m2\"],\"targetOccupations\":[\"analyst\"]}");
        TestApp.Response r = app.get("/v1/teams/t-1/plan", acme);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode plan = r.json();
        JsonNode role = plan.get("roles").get(0);
        assertThat(role.get("targetTitle").asString()).isEqualTo("data analyst");
        assertThat(role.get("skills").get(0).get("label").asString()).isEqualTo("a");
        assertThat(role.get("skills").get(0).get("membersLacking").asInt()).isEqualTo(2);
        assertThat(role.get("skills").get(1).get("membersLacking").asInt()).isEqualTo(1);
        JsonNode first = plan.get("credentials").get(0);
        assertThat(first.get("credentialId").asString()).isEqualTo("AB"); // closes all 3 gaps
        assertThat(first.get("memberGapsClosed").asInt()).isEqualTo(3);
        assertThat(first.get("membersHelped").asInt()).isEqualTo(2);
        assertThat(first.get("teamCost").get("amount").asDouble()).isEqualTo(1000.0);
        assertThat(first.get("teamCost").get("state").asString()).isEqualTo("known");
        assertThat(plan.get("credentials").size()).isEqualTo(1);
        assertThat(plan.get("memberGaps").asInt()).isEqualTo(3);
        assertThat(plan.get("closedGaps").asInt()).isEqualTo(3);

        JsonNode cut = app.get("/v1/teams/t-1/plan?maxCredentials=1", acme).json();
        assertThat(cut.get("credentials").size()).isEqualTo(1);
        assertProblem(app.get("/v1/teams/t-1/plan?maxCredentials=0", acme), 400, "maxCredentials");
    }

    @Test
    void withoutTeamRolesEachMembersOwnTargetIsUsedAndAnUnknownRoleIsNamed() {
        app.put("/v1/teams/t-1", acme, "{\"name\":\"Data\",\"learnerIds\":[\"m1\",\"m2\"]}");
        assertThat(app.get("/v1/teams/t-1/plan", acme).json().get("roles").get(0).get("memberIds").size()).isEqualTo(2);
        app.put("/v1/teams/t-2", acme, "{\"name\":\"Data\",\"learnerIds\":[\"m1\"],\"targetOccupations\":[\"analyst\",\"astronaut\"]}");
        JsonNode p = assertProblem(app.get("/v1/teams/t-2/plan", acme), 400, "targetOccupations[1]");
        assertThat(p.toString()).contains("astronaut");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        assertProblem(app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":[]}"), 400, "learnerIds");
        assertProblem(app.put("/v1/teams/t-1", acme, "{\"learnerIds\":[\"m1\"]}"), 400, "name");
        assertProblem(app.put("/v1/teams/t-1", acme, "{\"name\":\"" + "n".repeat(201) + "\",\"learnerIds\":[\"m1\"]}"),
                400, "name");
        assertProblem(app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":[\"m1\",\"ghost\"]}"), 400,
                "learnerIds[1]");
        assertProblem(app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":[\"m1\",\"m1\"]}"), 400,
                "learnerIds[1]");
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= 200; i++) {
            many.append(i == 0 ? "" : ",").append("\"m").append(i).append('"');
        }
        assertProblem(app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":" + many + "]}"), 400, "learnerIds");
        assertProblem(app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":[\"m1\"],\"targetOccupations\":[\" \"]}"),
                400, "targetOccupations[0]");
        assertProblem(app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":[\"m1\"],\"boss\":1}"), 400);
        assertProblem(app.get("/v1/teams/t-1", acme), 404);
    }

    @Test
    void anotherTenantsLearnersAndTeamsAreUnknown() {
        JsonNode p = assertProblem(app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":[\"m1\",\"x1\"]}"),
                400, "learnerIds[1]");
        assertThat(p.toString()).contains("x1");
        app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":[\"m1\"]}");
        assertProblem(app.get("/v1/teams/t-1", other), 404);
        assertProblem(app.get("/v1/teams/t-1/plan", other), 404);
        assertProblem(app.delete("/v1/teams/t-1", other), 404);
        assertThat(app.get("/v1/teams", other).json().get("items").size()).isZero();
        assertThat(app.get("/v1/teams/t-1", acme).status()).isEqualTo(200);
    }

    @Test
    void erasingALearnerRemovesTheirMembershipAndAnEmptyTeamIsNotPlanned() {
        app.put("/v1/teams/t-1", acme, "{\"name\":\"T\",\"learnerIds\":[\"m1\"]}");
        TestApp.Response erased = app.delete("/v1/learners/m1", acme);
        assertThat(erased.json().get("deleted").get("teamMemberships").asInt()).isEqualTo(1);
        assertThat(app.get("/v1/teams/t-1", acme).json().get("learnerIds").size()).isZero();
        assertProblem(app.get("/v1/teams/t-1/plan", acme), 400, "learnerIds");
    }

    @Test
    void withoutTheEngineThePlanIs503(@TempDir Path other) {
        try (TestApp bare = TestApp.embedded(other)) {
            String k = bare.key("acme", KeyType.TENANT, List.of());
            bare.put("/v1/learners/m1", k, "{}");
            assertThat(bare.put("/v1/teams/t", k, "{\"name\":\"T\",\"learnerIds\":[\"m1\"]}").status()).isEqualTo(201);
            assertProblem(bare.get("/v1/teams/t/plan", k), 503);
        }
    }
}
