package org.credpath.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credpath.engine.plan.PlannerTest.cred;
import static org.credpath.engine.plan.PlannerTest.gap;
import static org.credpath.engine.plan.PlannerTest.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.junit.jupiter.api.Test;

/** A user-edited step list is built in the given order, as the planner builds its own pathways. */
class GivenStepsTest {

    private static final List<Credential> CAT = List.of(
            cred("basics", 10, 0, List.of("s1"), List.of()),
            cred("advanced", 20, 50, List.of("s1", "s2"), List.of("basics")),
            cred("other", 40, 300, List.of("s3"), List.of()));

    @Test
    void keepsTheGivenOrderAndCreditsEachSkillToItsFirstStep() {
        List<String> warnings = new ArrayList<>();
        Pathway p = GivenSteps.build(request(CAT, gap("s1", "s2", "s3"), Set.of(), null, null),
                List.of("other", "basics", "advanced"), warnings);
        assertThat(p.steps()).extracting(PlannedStep::credentialId).containsExactly("other", "basics", "advanced");
        assertThat(p.steps().get(2).coversSkills()).containsExactly("s2");
        assertThat(p.totalHours()).isEqualTo(70.0);
        assertThat(p.totalCostUsd()).isEqualTo(350.0);
        assertThat(p.coverage()).isEqualTo(1.0);
        assertThat(p.steps().get(1).startWeek()).isEqualTo(8.0); // 40 hours at 5 a week
        assertThat(warnings).isEmpty();
    }

    @Test
    void removingAStepLowersCoverageAndWarnsOfAnUnmetPrerequisite() {
        List<String> warnings = new ArrayList<>();
        Pathway p = GivenSteps.build(request(CAT, gap("s1", "s2", "s3"), Set.of(), 100.0, 4),
                List.of("advanced", "other"), warnings);
        assertThat(p.coverage()).isEqualTo(1.0);
        Pathway shorter = GivenSteps.build(request(CAT, gap("s1", "s2", "s3"), Set.of(), 100.0, 4),
                List.of("advanced"), new ArrayList<>());
        assertThat(shorter.coverage()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("steps[0]").contains("needs basics first"))
                .anySatisfy(w -> assertThat(w).contains("over the budget of 100 USD"))
                .anySatisfy(w -> assertThat(w).contains("more than the 20 hours"));
    }

    @Test
    void refusesUnknownRepeatedOrNoSteps() {
        PlanRequest r = request(CAT, gap("s1"), Set.of(), null, null);
        assertThatThrownBy(() -> GivenSteps.build(r, List.of("basics", "nope"), new ArrayList<>()))
                .hasMessageContaining("steps[1]").hasMessageContaining("'nope' is not in the catalogue");
        assertThatThrownBy(() -> GivenSteps.build(r, List.of("basics", "basics"), new ArrayList<>()))
                .hasMessageContaining("steps[1]").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> GivenSteps.build(r, List.of(), new ArrayList<>())).hasMessageContaining("steps: give 1");
    }
}
