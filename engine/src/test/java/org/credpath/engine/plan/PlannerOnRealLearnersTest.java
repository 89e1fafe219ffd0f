package org.credpath.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's must-show on real data: 200 learners from real ESCO occupations with O*NET related
 * occupations as targets, planned on the bundled catalogue, break no rule.
 */
@Tag("slow")
class PlannerOnRealLearnersTest {

    static PlanningContext ctx;
    static PathwayService service;

    @BeforeAll
    static void load() throws IOException {
        ctx = PlanningContexts.load(CredpathHome.locate(), null, new PrintStream(new ByteArrayOutputStream()));
        service = new PathwayService(ctx, new BeamPlanner());
    }

    @Test
    void twoHundredRealLearnersZeroRuleViolations() {
        List<Learner> learners = SampleLearners.sample(ctx.market(), ctx.catalogue(), 200, 42);
        assertThat(learners).hasSize(200);
        PlannerEvaluation.Report r = PlannerEvaluation.run(service, learners, 12);
        assertThat(r.violations()).as(String.join("\n", r.violationExamples())).isZero();
        assertThat(r.withPathway()).isGreaterThan(100);
        assertThat(r.beamCoverage()).isGreaterThanOrEqualTo(r.greedyCoverage());
        assertThat(r.smallBeamCoverage()).isLessThanOrEqualTo(r.smallExactCoverage() + 1e-9);
    }

    @Test
    void unknownOccupationListsClosestMatches() {
        Learner l = new Learner("x", null, null, "data entry clerk", "zzqx florbulator", null, 5.0, null, null);
        assertThatThrownBy(() -> service.plan(l)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetOccupation").hasMessageContaining("closest matches");
    }

    @Test
    void aPlanHasExplainedStepsAndAnExpectedReturn() {
        Learner l = new Learner("x", null, List.of("SQL"), "data entry clerk", "data analyst", 800.0, 6.0, 26, null);
        PlanReport r = service.plan(l);
        assertThat(r.pathways()).isNotEmpty();
        PlanReport.PathwayReport best = r.pathways().getFirst();
        assertThat(best.steps()).allSatisfy(s -> assertThat(s.why()).isNotBlank());
        assertThat(best.cost().amount() == null).isEqualTo(best.unknownCostSteps() > 0);
        assertThat(best.steps().stream().filter(s -> s.costUsd() != null).mapToDouble(PlanReport.StepReport::costUsd).sum())
                .isLessThanOrEqualTo(800.0);
        assertThat(best.steps()).allSatisfy(s -> assertThat(s.cost()).isNotNull());
        assertThat(best.totalHours()).isLessThanOrEqualTo(6.0 * 26);
        assertThat(best.expectedReturn()).isNotNull();
        assertThat(best.expectedReturn().low()).isLessThanOrEqualTo(best.expectedReturn().median());
        assertThat(r.gap().held()).anySatisfy(h -> assertThat(h.priorLearning()).isTrue());
    }

    @Test
    void anEditedPathwayIsPricedLikeAPlannedOne() {
        Learner l = new Learner("x", null, List.of("SQL"), "data entry clerk", "data analyst", 800.0, 6.0, 26, null);
        PlanReport.PathwayReport best = service.plan(l).pathways().getFirst();
        List<String> ids = best.steps().stream().map(PlanReport.StepReport::credentialId).toList();
        PlanReport same = service.evaluate(l, ids);
        assertThat(same.pathways().getFirst().totalHours()).isEqualTo(best.totalHours());
        assertThat(same.pathways().getFirst().coverage()).isEqualTo(best.coverage());
        assertThat(same.pathways().getFirst().expectedReturn().median()).isEqualTo(best.expectedReturn().median());
        assertThat(same.gap()).isNotNull();
        if (ids.size() > 1) {
            PlanReport.PathwayReport shorter = service.evaluate(l, ids.subList(0, ids.size() - 1)).pathways().getFirst();
            assertThat(shorter.totalHours()).isLessThan(best.totalHours());
            assertThat(shorter.coverage()).isLessThanOrEqualTo(best.coverage());
        }
    }
}
