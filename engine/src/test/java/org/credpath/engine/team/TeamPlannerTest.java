package org.credpath.engine.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.gap.GapSkill;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;

class TeamPlannerTest {

    static GapSkill ess(String id) {
        return new GapSkill("esco:" + id, id, true, 1.0, List.of("essential"));
    }

    static GapSkill opt(String id) {
        return new GapSkill("esco:" + id, id, false, 0.3, List.of("optional"));
    }

    static Learner member(String id, List<String> held, List<String> languages, String target) {
        return new Learner(id, held, List.of(), null, target, null, null, null, null, languages, null);
    }

    static Credential cred(String id, Double costUsd, Double hours, String language, String... skills) {
        return new Credential(id, "Title " + id, "Prov", null, null, "https://example.org/" + id,
                CredentialType.COURSE, null, hours, costUsd, null, language, true,
                java.util.Arrays.stream(skills).map(s -> "esco:" + s).toList(), null, null, null, null, null, null);
    }

    /** Fixed gaps per (member, role); an unknown role is refused like the planner refuses it. */
    static MemberGaps gaps(Map<String, List<GapSkill>> byMemberAndRole) {
        return (m, target) -> {
            List<GapSkill> g = byMemberAndRole.get(m.id() + "@" + target);
            if (g == null) {
                throw new IllegalArgumentException("targetOccupation: no occupation matches '" + target + "'");
            }
            return new MemberGap("occ:" + target, target + " title", g, 2.5, 1000.0);
        };
    }

    static final MemberGaps THREE = gaps(Map.of(
            "m1@analyst", List.of(ess("a"), ess("b"), opt("c")),
            "m2@analyst", List.of(ess("a"), opt("c")),
            "m3@analyst", List.of(ess("b"))));

    static final List<Learner> TEAM = List.of(member("m1", List.of(), List.of(), null),
            member("m2", List.of(), List.of(), null), member("m3", List.of("V"), List.of(), null));

    @Test
    void countsMembersLackingEachSkillAndCoversGreedily() {
        List<Credential> catalogue = List.of(
                cred("X", 100.0, 10.0, "en", "a", "b"),  // a: m1 m2, b: m1 m3 -> 4 gaps
                cred("Y", null, 5.0, "en", "c"),         // c: m1 m2, price unknown
                cred("Z", 0.0, 1.0, "en", "a"),          // nothing left once X is taken
                cred("W", 10.0, 1.0, "fr", "a", "b", "c"), // would close all 6, but nobody studies in French
                cred("V", 50.0, 20.0, "en", "b", "c"));  // m3 holds it: 3 gaps first, 2 after X (ties Y, cheaper)
        TeamPlan plan = new TeamPlanner(THREE, catalogue).plan(TEAM, List.of("analyst"), 10);

        assertThat(plan.roles()).hasSize(1);
        TeamPlan.RoleGap role = plan.roles().getFirst();
        assertThat(role.targetUri()).isEqualTo("occ:analyst");
        assertThat(role.memberIds()).containsExactly("m1", "m2", "m3");
        assertThat(role.memberGaps()).isEqualTo(6);
        assertThat(role.skills()).extracting(TeamPlan.SkillGap::label).containsExactly("a", "b", "c");
        assertThat(role.skills()).extracting(TeamPlan.SkillGap::membersLacking).containsExactly(2, 2, 2);
        assertThat(role.skills().get(1).memberIds()).containsExactly("m1", "m3");
        assertThat(role.skills().get(2).essential()).isFalse();

        assertThat(plan.credentials()).extracting(TeamPlan.TeamCredential::credentialId).containsExactly("X", "V");
        TeamPlan.TeamCredential x = plan.credentials().get(0);
        assertThat(x.memberGapsClosed()).isEqualTo(4);
        assertThat(x.essentialClosed()).isEqualTo(4);
        assertThat(x.memberIds()).containsExactly("m1", "m2", "m3");
        assertThat(x.skillsClosed()).containsExactly("a", "b");
        assertThat(x.teamCost()).isEqualTo(Cost.known(300.0, x.teamCost().basis()));
        TeamPlan.TeamCredential v = plan.credentials().get(1);
        assertThat(v.memberIds()).containsExactly("m1", "m2");
        assertThat(v.memberGapsClosed()).isEqualTo(2);
        assertThat(v.cumulativeClosed()).isEqualTo(6);
        assertThat(v.teamCost().amount()).isEqualTo(100.0);
        assertThat(plan.memberGaps()).isEqualTo(6);
        assertThat(plan.closedGaps()).isEqualTo(6);
        assertThat(plan.totalCost().state()).isEqualTo(Cost.State.KNOWN);
        assertThat(plan.totalCost().amount()).isEqualTo(400.0);
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void anUnknownPriceStaysUnknownInTheTotalAndOpenGapsAreCounted() {
        List<Credential> catalogue = List.of(cred("X", 100.0, 10.0, "en", "a"), cred("Y", null, 5.0, null, "c"));
        TeamPlan plan = new TeamPlanner(THREE, catalogue).plan(TEAM, List.of("analyst"), 10);
        assertThat(plan.credentials()).extracting(TeamPlan.TeamCredential::credentialId).containsExactly("X", "Y");
        TeamPlan.TeamCredential y = plan.credentials().get(1);
        assertThat(y.cost().state()).isEqualTo(Cost.State.UNKNOWN);
        assertThat(y.teamCost().amount()).isNull();
        assertThat(plan.totalCost().state()).isEqualTo(Cost.State.UNKNOWN);
        assertThat(plan.totalCost().amount()).isNull();
        assertThat(plan.totalCost().basis()).contains("1 of 2").contains("200 USD");
        assertThat(plan.closedGaps()).isEqualTo(4);
        assertThat(plan.warnings()).singleElement().asString().startsWith("2 of 6 member-gaps are not closed");
    }

    @Test
    void membersOwnTargetsMakeOneRoleEachAndMaxCredentialsCuts() {
        MemberGaps g = gaps(Map.of("m1@analyst", List.of(ess("a")), "m2@nurse", List.of(ess("a"), ess("d"))));
        List<Learner> team = List.of(member("m1", List.of(), List.of(), "analyst"),
                member("m2", List.of(), List.of(), "nurse"), member("m3", List.of(), List.of(), null));
        List<Credential> catalogue = List.of(cred("A", 10.0, 1.0, "en", "a"), cred("D", 10.0, 1.0, "en", "d"));
        TeamPlan plan = new TeamPlanner(g, catalogue).plan(team, List.of(), 1);
        assertThat(plan.roles()).extracting(TeamPlan.RoleGap::targetUri).containsExactly("occ:analyst", "occ:nurse");
        assertThat(plan.roles().get(1).skills()).extracting(TeamPlan.SkillGap::membersLacking).containsExactly(1, 1);
        assertThat(plan.credentials()).singleElement().extracting(TeamPlan.TeamCredential::credentialId).isEqualTo("A");
        assertThat(plan.credentials().getFirst().membersHelped()).isEqualTo(2);
        assertThat(plan.warnings()).anyMatch(w -> w.contains("member m3 has no targetOccupation"));
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("1 of 3 member-gaps"));
    }

    @Test
    void badInputNamesTheField() {
        TeamPlanner p = new TeamPlanner(THREE, List.of());
        assertThatThrownBy(() -> p.plan(List.of(), List.of("analyst"), 5)).hasMessageStartingWith("learnerIds: ");
        List<Learner> many = new ArrayList<>();
        for (int i = 0; i <= TeamPlanner.MAX_MEMBERS; i++) {
            many.add(member("m" + i, List.of(), List.of(), null));
        }
        assertThatThrownBy(() -> p.plan(many, List.of("analyst"), 5)).hasMessageStartingWith("learnerIds: at most 200");
        assertThatThrownBy(() -> p.plan(List.of(TEAM.get(0), TEAM.get(0)), List.of("analyst"), 5))
                .hasMessageStartingWith("learnerIds[1]: learner m1 is listed twice");
        assertThatThrownBy(() -> p.plan(TEAM, List.of("analyst", "astronaut"), 5))
                .hasMessage("targetOccupations[1]: no occupation matches 'astronaut'");
        assertThatThrownBy(() -> p.plan(TEAM, List.of(), 5)).hasMessageStartingWith("targetOccupations: ");
        assertThatThrownBy(() -> p.plan(TEAM, List.of("analyst"), 0)).hasMessageStartingWith("maxCredentials: ");
    }
}
