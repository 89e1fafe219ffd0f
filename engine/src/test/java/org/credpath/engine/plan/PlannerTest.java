package org.credpath.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Delivery;
import org.junit.jupiter.api.Test;

class PlannerTest {

    static Credential cred(String id, double hours, double cost, List<String> skills, List<String> prereqs) {
        return new Credential(id, "Title " + id, null, null, null, null, null, null, hours, cost, Delivery.ONLINE,
                null, null, skills, null, prereqs, null, null, null, null);
    }

    static List<TargetSkill> gap(String... skills) {
        return java.util.Arrays.stream(skills).map(s -> new TargetSkill(s, 1)).toList();
    }

    static PlanRequest request(List<Credential> cat, List<TargetSkill> gap, Set<String> held, Double budget,
                               Integer weeks) {
        return new PlanRequest(new PlanningCatalogue(cat), gap, held, Set.of(),
                new Constraints(budget, 5, weeks, Set.of()), PlannerOptions.defaults());
    }

    @Test
    void schedulesPrerequisiteBeforeTheCredentialThatNeedsIt() {
        List<Credential> cat = List.of(
                cred("basics", 10, 0, List.of(), List.of()),
                cred("advanced", 10, 50, List.of("s1", "s2"), List.of("basics")));
        PlanResult r = new BeamPlanner().plan(request(cat, gap("s1", "s2"), Set.of(), 100.0, 10));
        assertThat(r.best().steps()).extracting(PlannedStep::credentialId).containsExactly("basics", "advanced");
        assertThat(r.best().coverage()).isEqualTo(1.0);
        assertThat(r.best().steps().get(1).coversSkills()).containsExactly("s1", "s2");
    }

    @Test
    void neverSchedulesHeldCredentialsAndHeldOnesSatisfyPrerequisites() {
        List<Credential> cat = List.of(
                cred("basics", 10, 0, List.of("s1"), List.of()),
                cred("advanced", 10, 50, List.of("s2"), List.of("basics")));
        PlanResult r = new BeamPlanner().plan(request(cat, gap("s1", "s2"), Set.of("basics"), null, null));
        assertThat(r.best().steps()).extracting(PlannedStep::credentialId).containsExactly("advanced");
    }

    @Test
    void respectsBudgetAndTime() {
        List<Credential> cat = List.of(
                cred("a", 10, 500, List.of("s1", "s2", "s3"), List.of()),
                cred("b", 10, 50, List.of("s1"), List.of()),
                cred("c", 200, 0, List.of("s2", "s3"), List.of()));
        PlanRequest req = request(cat, gap("s1", "s2", "s3"), Set.of(), 100.0, 10); // 50 hours
        PlanResult r = new BeamPlanner().plan(req);
        assertThat(r.best().steps()).extracting(PlannedStep::credentialId).containsExactly("b");
        assertThat(PathwayRules.violations(req, r.best())).isEmpty();
    }

    static Credential unpriced(String id, double hours, List<String> skills) {
        return new Credential(id, "Title " + id, null, null, null, null, null, null, hours, null, Delivery.ONLINE,
                null, null, skills, null, List.of(), null, null, null, null);
    }

    @Test
    void aZeroBudgetKeepsUnknownCostsCountedApartOrExcludesThemOnRequest() {
        List<Credential> cat = List.of(unpriced("u", 10, List.of("s1", "s2")), cred("p", 10, 49, List.of("s3"), List.of()));
        PlanResult kept = new BeamPlanner().plan(request(cat, gap("s1", "s2", "s3"), Set.of(), 0.0, null));
        assertThat(kept.best().steps()).extracting(PlannedStep::credentialId).containsExactly("u");
        assertThat(kept.best().cost().unknownSteps()).isEqualTo(1);
        assertThat(kept.best().cost().asCost().amount()).isNull();
        assertThat(kept.best().steps().getFirst().cost().state()).isEqualTo(org.credpath.engine.catalog.Cost.State.UNKNOWN);
        PlanRequest excluding = new PlanRequest(new PlanningCatalogue(cat), gap("s1", "s2", "s3"), Set.of(), Set.of(),
                new Constraints(0.0, 5, null, Set.of(), true), PlannerOptions.defaults());
        assertThat(new BeamPlanner().plan(excluding).pathways()).isEmpty();
        PlanRequest generous = new PlanRequest(new PlanningCatalogue(cat), gap("s1", "s2", "s3"), Set.of(), Set.of(),
                new Constraints(100.0, 5, null, Set.of(), true), PlannerOptions.defaults());
        PlanResult r = new BeamPlanner().plan(generous);
        assertThat(r.best().steps()).extracting(PlannedStep::credentialId).containsExactly("p");
        assertThat(PathwayRules.violations(generous, r.best())).isEmpty();
        assertThat(PathwayRules.violations(excluding, kept.best())).anyMatch(v -> v.contains("cost unknown"));
    }

    @Test
    void onATieOfCoverageAnUnknownCostDoesNotSortAsFree() {
        // same skill, same hours: the priced one (49 USD) must not lose the tie to an unknown price read as 0
        for (List<Credential> cat : List.of(List.of(unpriced("u", 10, List.of("s1")), cred("p", 10, 49, List.of("s1"),
                List.of())), List.of(cred("p", 10, 49, List.of("s1"), List.of()), unpriced("u", 10, List.of("s1"))))) {
            PlanResult r = new BeamPlanner().plan(request(cat, gap("s1"), Set.of(), null, null));
            assertThat(r.best().steps()).extracting(PlannedStep::credentialId).containsExactly("p");
            assertThat(r.pathways()).allSatisfy(pw -> assertThat(pw.cost().unknownSteps()).isZero());
        }
    }

    @Test
    void theCheapestPathwayPrefersPricedStepsToUnknownOnes() {
        List<Credential> cat = List.of(unpriced("u", 10, List.of("s1")), cred("p", 10, 20, List.of("s1"), List.of()),
                cred("q", 10, 20, List.of("s2"), List.of()));
        PlanResult r = new BeamPlanner().plan(request(cat, gap("s1", "s2"), Set.of(), null, null));
        Pathway cheapest = r.pathways().stream().filter(p -> p.kind().equals("cheapest")).findFirst()
                .orElse(r.best());
        assertThat(cheapest.cost().unknownSteps()).isZero();
    }

    @Test
    void detectsCircularPrerequisitesWithoutHanging() {
        List<Credential> cat = List.of(
                cred("x", 10, 0, List.of("s1"), List.of("y")),
                cred("y", 10, 0, List.of("s2"), List.of("z")),
                cred("z", 10, 0, List.of("s3"), List.of("x")),
                cred("self", 10, 0, List.of("s1"), List.of("self")),
                cred("ok", 10, 0, List.of("s1"), List.of()));
        PlanResult r = new BeamPlanner().plan(request(cat, gap("s1", "s2", "s3"), Set.of(), null, null));
        assertThat(r.cycles()).extracting(PrerequisiteCycle::credentialIds)
                .containsExactlyInAnyOrder(List.of("x", "y", "z"), List.of("self"));
        assertThat(r.best().steps()).extracting(PlannedStep::credentialId).containsExactly("ok");
    }

    @Test
    void longPrerequisiteChainsAndBigCyclesNeitherHangNorOverflow() {
        List<Credential> cat = new ArrayList<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            cat.add(cred("c" + i, 0.001, 0, i == n - 1 ? List.of("s1") : List.of(), i == 0 ? List.of() : List.of("c" + (i - 1))));
        }
        for (int i = 0; i < n; i++) { // one cycle through 50,000 credentials
            cat.add(cred("r" + i, 1, 0, List.of("s2"), List.of("r" + ((i + 1) % n))));
        }
        PlanRequest req = new PlanRequest(new PlanningCatalogue(cat), gap("s1", "s2"), Set.of(), Set.of(),
                new Constraints(null, 5, null, Set.of()), new PlannerOptions(4, 100, 0.8, 10, 0.001));
        PlanResult r = new BeamPlanner().plan(req);
        assertThat(r.cycles()).hasSize(1);
        assertThat(r.cycles().getFirst().credentialIds()).hasSize(n);
        assertThat(r.pathways()).isEmpty(); // the chain needs 50,000 steps, more than maxSteps
    }

    @Test
    void returnsDistinctCheapestAndFastestAlternatives() {
        List<Credential> cat = List.of(
                cred("big", 40, 300, List.of("s1", "s2", "s3", "s4"), List.of()),
                cred("cheap1", 30, 10, List.of("s1", "s2"), List.of()),
                cred("cheap2", 30, 10, List.of("s3", "s4"), List.of()),
                cred("fast", 5, 200, List.of("s1", "s2", "s3", "s4"), List.of()));
        PlanResult r = new BeamPlanner().plan(request(cat, gap("s1", "s2", "s3", "s4"), Set.of(), null, null));
        // full coverage at the lowest cost wins; the 5-hour option is offered as the fastest
        assertThat(r.pathways()).extracting(Pathway::kind).containsExactly("highest-coverage", "fastest");
        assertThat(r.pathways().get(0).steps()).extracting(PlannedStep::credentialId).containsExactly("cheap1", "cheap2");
        assertThat(r.pathways().get(0).totalCostUsd()).isEqualTo(20.0);
        assertThat(r.pathways().get(1).steps()).extracting(PlannedStep::credentialId).containsExactly("fast");
    }

    @Test
    void offersACheaperPathwayThatReachesMostOfTheCoverage() {
        List<Credential> cat = List.of(
                cred("all", 20, 400, List.of("s1", "s2", "s3", "s4", "s5"), List.of()),
                cred("most", 30, 20, List.of("s1", "s2", "s3", "s4"), List.of()));
        PlanResult r = new BeamPlanner().plan(request(cat, gap("s1", "s2", "s3", "s4", "s5"), Set.of(), null, null));
        assertThat(r.pathways()).extracting(Pathway::kind).containsExactly("highest-coverage", "cheapest");
        assertThat(r.pathways().get(1).steps()).extracting(PlannedStep::credentialId).containsExactly("most");
        assertThat(r.pathways().get(1).coverage()).isEqualTo(0.8);
    }

    static Credential member(String id, double hours, List<String> skills, String container) {
        return new Credential(id, "Title " + id, null, null, null, null, null, null, hours, 0.0, Delivery.ONLINE,
                null, null, skills, null, null, List.of(new Credential.StackLink(container, null)), null, null, null);
    }

    @Test
    void neverSchedulesACourseTogetherWithTheSpecializationThatContainsIt() {
        List<Credential> cat = List.of(
                member("course1", 10, List.of("s1"), "spec"),
                member("course2", 10, List.of("s2", "s3"), "spec"),
                cred("spec", 40, 0, List.of("s1", "s2", "s3", "s4"), List.of()));
        PlanRequest req = request(cat, gap("s1", "s2", "s3", "s4"), Set.of(), null, null);
        PlanResult r = new BeamPlanner().plan(req);
        assertThat(r.best().steps()).extracting(PlannedStep::credentialId).containsExactly("spec");
        r.pathways().forEach(p -> assertThat(PathwayRules.violations(req, p)).isEmpty());
        // a held specialization counts its courses as held
        PlanResult held = new BeamPlanner().plan(request(cat, gap("s1", "s9"), Set.of("spec"), null, null));
        assertThat(held.pathways()).isEmpty();
        // the course's stacking is reported on its step
        PlanResult small = new BeamPlanner().plan(request(cat, gap("s2"), Set.of(), null, null));
        assertThat(small.best().steps().getFirst().stacksInto()).containsExactly("spec");
        assertThat(small.best().qualifications()).extracting(Pathway.QualificationProgress::membersDone).containsExactly(1);
    }

    @Test
    void rejectsImpossibleConstraintsClearly() {
        assertThatThrownBy(() -> new Constraints(-5.0, 5, 10, Set.of())).hasMessageContaining("budgetUsd").hasMessageContaining("-5");
        assertThatThrownBy(() -> new Constraints(5.0, 0, 10, Set.of())).hasMessageContaining("hoursPerWeek");
        assertThatThrownBy(() -> new Constraints(5.0, 5, 0, Set.of())).hasMessageContaining("deadline");
    }

    @Test
    void beamMatchesExactOptimumOnRandomSmallInstancesAndBeatsNoRule() {
        Random rnd = new Random(7);
        int beamBelowExact = 0;
        for (int t = 0; t < 40; t++) {
            List<Credential> cat = SyntheticCatalogue.generate(rnd, 14, 12);
            List<TargetSkill> g = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                g.add(new TargetSkill("s" + s, 1 + rnd.nextInt(3)));
            }
            PlanRequest req = new PlanRequest(new PlanningCatalogue(cat), g, Set.of(), Set.of(),
                    new Constraints(300.0, 5, 12, Set.of()), PlannerOptions.defaults());
            Pathway exact = new ExactPlanner().plan(req).best();
            Pathway beam = new BeamPlanner().plan(req).best();
            Pathway greedy = new GreedyPlanner().plan(req).best();
            double e = exact == null ? 0 : exact.coverage();
            double b = beam == null ? 0 : beam.coverage();
            double gr = greedy == null ? 0 : greedy.coverage();
            assertThat(b).isLessThanOrEqualTo(e + 1e-9);
            assertThat(gr).isLessThanOrEqualTo(e + 1e-9);
            for (Pathway p : List.of(exact, beam, greedy).stream().filter(java.util.Objects::nonNull).toList()) {
                assertThat(PathwayRules.violations(req, p)).isEmpty();
            }
            beamBelowExact += b < e - 1e-9 ? 1 : 0;
        }
        assertThat(beamBelowExact).isLessThanOrEqualTo(4);
        SyntheticCatalogue.SyntheticGap gap = SyntheticCatalogue.optimalityGap(30, 3);
        assertThat(gap.exactCoverage()).isGreaterThanOrEqualTo(gap.beamCoverage()).isGreaterThanOrEqualTo(gap.greedyCoverage() - 0.05);
    }
}
