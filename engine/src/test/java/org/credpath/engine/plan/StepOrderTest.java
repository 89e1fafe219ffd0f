package org.credpath.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.junit.jupiter.api.Test;

/** Steps are studied in prerequisite order, then introductory first, then by value; the set never changes. */
class StepOrderTest {

    static Credential cred(String id, String title, Level level, double hours, List<String> skills, List<String> pre) {
        return new Credential(id, title, null, null, null, null, null, level, hours, 0.0, Delivery.ONLINE, null, null,
                skills, null, pre, null, null, null, null);
    }

    static PlanRequest request(List<Credential> cat, String... gap) {
        return new PlanRequest(new PlanningCatalogue(cat), PlannerTest.gap(gap), Set.of(), Set.of(),
                new Constraints(null, 5, null, Set.of()), PlannerOptions.defaults());
    }

    @Test
    void aBeginnerCourseComesBeforeAnAdvancedOneThatTeachesMore() {
        List<Credential> cat = List.of(
                cred("analytics", "Data Analytics", Level.ADVANCED, 140, List.of("s1", "s2", "s3", "s4"), List.of()),
                cred("sheets", "Spreadsheets", Level.INTRODUCTORY, 1, List.of("s5"), List.of()));
        PlanRequest req = request(cat, "s1", "s2", "s3", "s4", "s5");
        PlanProblem p = new PlanProblem(req);
        PlanState searched = PlanState.empty(p).extend(p, p.useful[0]).extend(p, p.useful[1]);
        assertThat(p.catalogueIndex[searched.order[0]]).as("the search takes the bigger gain first").isEqualTo(0);

        Pathway pw = PathwayBuilder.build(p, searched, "test");
        assertThat(pw.steps()).extracting(PlannedStep::credentialId).containsExactly("sheets", "analytics");
        PlannedStep first = pw.steps().get(0);
        PlannedStep second = pw.steps().get(1);
        assertThat(first.coversSkills()).containsExactly("s5");
        assertThat(first.startWeek()).isZero();
        assertThat(first.endWeek()).isEqualTo(0.2);
        assertThat(second.startWeek()).isEqualTo(0.2);
        assertThat(second.endWeek()).isEqualTo(141 / 5.0);
        assertThat(second.coverageGain()).isEqualTo(0.8);
        assertThat(pw.totalHours()).isEqualTo(141);
        assertThat(pw.coverage()).isEqualTo(1.0);
        assertThat(new BeamPlanner().plan(req).best().steps()).extracting(PlannedStep::credentialId)
                .containsExactly("sheets", "analytics");
    }

    @Test
    void aPrerequisiteComesFirstEvenWhenItIsHarder() {
        List<Credential> cat = List.of(
                cred("c1", "Statistics", Level.INTERMEDIATE, 10, List.of("s1"), List.of()),
                cred("c2", "Regression", Level.ADVANCED, 10, List.of("s2"), List.of("c1")),
                cred("c3", "Reporting", Level.INTRODUCTORY, 10, List.of("s3", "s4", "s5"), List.of("c2")),
                cred("x", "Spreadsheets", Level.INTRODUCTORY, 10, List.of("s6"), List.of()),
                cred("y", "Dashboards", Level.INTERMEDIATE, 10, List.of("s7", "s8"), List.of()));
        PlanRequest req = request(cat, "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8");
        Pathway best = new BeamPlanner().plan(req).best();
        // x (introductory) first; y (intermediate, 2 skills) before c1 (intermediate, 1 skill) by value;
        // c2 and c3 wait for their prerequisites although c3 is introductory
        assertThat(best.steps()).extracting(PlannedStep::credentialId).containsExactly("x", "y", "c1", "c2", "c3");
        assertThat(PathwayRules.violations(req, best)).isEmpty();
        assertThat(PlannerEvaluation.introAfterHarder(req, best)).isTrue();
    }

    @Test
    void theLevelIsTheCataloguesElseTitleWordsElseIntermediate() {
        assertThat(StudyLevel.rank(cred("a", "Introduction to SQL", null, 1, List.of(), List.of())))
                .isEqualTo(StudyLevel.INTRODUCTORY);
        assertThat(StudyLevel.rank(cred("b", "Excel Fundamentals", null, 1, List.of(), List.of())))
                .isEqualTo(StudyLevel.INTRODUCTORY);
        assertThat(StudyLevel.rank(cred("c", "Google Data Analytics Capstone", null, 1, List.of(), List.of())))
                .isEqualTo(StudyLevel.ADVANCED);
        assertThat(StudyLevel.rank(cred("d", "Data Visualization", null, 1, List.of(), List.of())))
                .isEqualTo(StudyLevel.INTERMEDIATE);
        assertThat(StudyLevel.rank(cred("e", "Advanced Excel", Level.INTRODUCTORY, 1, List.of(), List.of())))
                .as("the catalogue's level wins over title words").isEqualTo(StudyLevel.INTRODUCTORY);
        assertThat(StudyLevel.rank(cred("f", "Introductions in business", null, 1, List.of(), List.of())))
                .as("whole words only").isEqualTo(StudyLevel.INTERMEDIATE);
    }

    @Test
    void onRandomCataloguesTheOrderIsAPermutationWithPrerequisitesFirst() {
        Random rnd = new Random(11);
        Level[] levels = {null, Level.INTRODUCTORY, Level.INTERMEDIATE, Level.ADVANCED};
        for (int t = 0; t < 50; t++) {
            List<Credential> cat = new ArrayList<>();
            for (Credential c : SyntheticCatalogue.generate(rnd, 16, 12)) {
                cat.add(cred(c.id(), c.title(), levels[rnd.nextInt(4)], c.hours(), c.skills(), c.prerequisites()));
            }
            PlanRequest req = request(cat, "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11");
            PlanProblem p = new PlanProblem(req);
            PlanState s = PlanState.empty(p);
            for (int u : p.useful) {
                PlanState next = s.extend(p, u);
                s = next == null ? s : next;
            }
            int[] ordered = StepOrder.order(p, s.order);
            assertThat(Arrays.stream(ordered).sorted().toArray()).isEqualTo(Arrays.stream(s.order).sorted().toArray());
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < ordered.length; i++) {
                at.put(cat.get(p.catalogueIndex[ordered[i]]).id(), i);
            }
            for (int i = 0; i < ordered.length; i++) {
                for (String pre : cat.get(p.catalogueIndex[ordered[i]]).prerequisites()) {
                    assertThat(at.get(pre)).as("prerequisite " + pre).isNotNull().isLessThan(i);
                }
            }
            Pathway pw = PathwayBuilder.build(p, s, "test");
            assertThat(PathwayRules.violations(req, pw)).isEmpty();
            assertThat(pw.steps().stream().mapToDouble(PlannedStep::coverageGain).sum()).isCloseTo(pw.coverage(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
