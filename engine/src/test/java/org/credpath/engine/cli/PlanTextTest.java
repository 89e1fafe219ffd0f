package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credpath.engine.plan.PlanReport;
import org.credpath.engine.returns.ExpectedReturn;
import org.junit.jupiter.api.Test;

/** The text form of {@code plan}: the expected return line names the mean and the move chances. */
class PlanTextTest {

    static PlanReport report(PlanReport.OccupationRef target) {
        ExpectedReturn er = new ExpectedReturn(-198, -198, -198, 38_981, "USD", 5, 0.236, 0.1417,
                List.of(new ExpectedReturn.Driver("move", 147_382, "if ...")));
        PlanReport.PathwayReport p = new PlanReport.PathwayReport("highest-coverage", List.of(), 153, 198, 0.334, er,
                List.of());
        PlanReport.GapReport gap = new PlanReport.GapReport("target occupation data analyst", 0.17, 0.2, List.of(),
                List.of(), null, null);
        return new PlanReport("l-1", new PlanReport.OccupationRef("clerk", "esco:a", "data entry clerk", "exact_label"),
                target, List.of(p), gap, List.of(), List.of(), List.of());
    }

    @Test
    void expectedReturnLineHasMeanAndMoveChanceWithAndWithoutThePathway() {
        String text = PlanText.render(report(new PlanReport.OccupationRef("analyst", "esco:b", "data analyst",
                "exact_label")));
        assertThat(text).contains("median $-198 (80% interval $-198 .. $-198), mean $38,981")
                .contains("chance of the move 24% (14% without this pathway)");
    }

    @Test
    void aRewrittenLowConfidenceTitleShowsItsReadingConfidenceAndRunnerUps() {
        PlanReport.OccupationRef sparky = new PlanReport.OccupationRef("sparky", "esco:e", "electrician", "search", 0.31,
                "electrician", List.of(new PlanReport.Alternative("esco:d", "domestic electrician")),
                "read 'sparky' as 'electrician' with low confidence (0.31); did you mean 'domestic electrician'?");
        String text = PlanText.render(report(sparky));
        assertThat(text).contains("Target:  'sparky' read as 'electrician' (search, via 'electrician', confidence 0.31;"
                + " runner-ups: 'domestic electrician')");
        assertThat(text).contains("Current: 'clerk' read as 'data entry clerk' (exact_label, confidence 1.00)");
    }

    @Test
    void withoutATargetNoMoveChanceIsPrinted() {
        assertThat(PlanText.render(report(null))).contains("mean $38,981").doesNotContain("chance of the move");
    }
}
