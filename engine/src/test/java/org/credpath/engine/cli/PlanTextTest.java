package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.plan.PlanReport;
import org.credpath.engine.returns.ExpectedReturn;
import org.junit.jupiter.api.Test;

/** The text form of {@code plan}: the expected value, its interval, the gain if completed and the move chances. */
class PlanTextTest {

    static PlanReport report(PlanReport.OccupationRef target) {
        ExpectedReturn er = new ExpectedReturn(1_510, 620, 2_650, 1_580, "USD", 5, 0.236, 0.1417, 40_000, 1_900,
                25_000.0, 1, List.of(new ExpectedReturn.Driver("move", 2_382, "if ...")));
        PlanReport.PathwayReport p = new PlanReport.PathwayReport("highest-coverage", List.of(), 153, null,
                Cost.unknown("1 of 2 step(s) with unknown cost"), 1, 1, 0.334, er, List.of());
        PlanReport.GapReport gap = new PlanReport.GapReport("target occupation data analyst", 0.17, 0.2, List.of(),
                List.of(), null, null);
        return new PlanReport("l-1", new PlanReport.OccupationRef("clerk", "esco:a", "data entry clerk", "exact_label"),
                target, List.of(p), gap, List.of(), List.of(), List.of());
    }

    @Test
    void expectedReturnLineHasMeanAndMoveChanceWithAndWithoutThePathway() {
        String text = PlanText.render(report(new PlanReport.OccupationRef("analyst", "esco:b", "data analyst",
                "exact_label")));
        assertThat(text).contains("1,580 USD expected (80% interval of the estimate 620 .. 2,650 USD)")
                .contains("chance of the move: 24% with it, 14% without; if the move happens: 25,000 USD a year more")
                .contains("about 1,900 USD a year more (4.8% of a 40,000 USD wage)")
                .contains("leaves out the cost of 1 step(s) whose price is unknown")
                .doesNotContain("$0");
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
        assertThat(PlanText.render(report(null))).contains("1,580 USD expected").doesNotContain("chance of the move");
    }
}
