package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Regression of the figures in docs/labour-market.md on the real JobBERT test titles
 * ({@code credpath eval titles}); fails when they drift beyond the tolerance.
 */
@Tag("slow")
class TitleEvaluationRealDataTest {

    @Test
    void fullResolverBeatsPlainBm25AndFusedBeatsFullOnTheTestTitles() {
        CredpathHome home = CredpathHome.locate();
        LabourMarket market = LabourMarket.load(home, s -> { });
        List<VacancyTitle> test = VacancyTitle.load(home.dataset(VacancyTitle.FOLDER, VacancyTitle.TEST_FILE));
        assertThat(test).hasSize(15463);

        TitleMetrics bm25 = TitleEvaluation.evaluate(new Bm25LabelResolver(market.esco()), test, n -> { });
        assertThat(bm25.mrr()).isCloseTo(0.311, within(0.01));
        assertThat(bm25.top1()).isCloseTo(0.215, within(0.01));

        TitleMetrics full = TitleEvaluation.evaluate(market.titleResolver(), test, n -> { });
        assertThat(full.mrr()).isCloseTo(0.557, within(0.01));
        assertThat(full.top1()).isCloseTo(0.446, within(0.01));
        assertThat(full.top10()).isCloseTo(0.748, within(0.01));

        TitleMetrics fused = TitleEvaluation.evaluate(market.fusedTitleResolver(), test, n -> { });
        assertThat(fused.mrr()).isCloseTo(0.577, within(0.01));
        assertThat(fused.top1()).isCloseTo(0.460, within(0.01));
        assertThat(fused.mrr()).isGreaterThan(full.mrr());

        // messy test half (92 hand-judged titles): one title moves top-1 by 0.011
        List<TitleEvaluation.Judged> messy = MessyTitle.half(MessyTitle.load(home.dataset(MessyTitle.FOLDER, MessyTitle.FILE)), true);
        TitleMetrics oldMessy = TitleEvaluation.evaluateJudged(market.titleResolver(), messy, n -> { });
        TitleMetrics newMessy = TitleEvaluation.evaluateJudged(market.fusedTitleResolver(), messy, n -> { });
        assertThat(oldMessy.top1()).isCloseTo(0.424, within(0.012));
        assertThat(newMessy.top1()).isCloseTo(0.761, within(0.012));
        assertThat(newMessy.mrr()).isCloseTo(0.854, within(0.012));
    }
}
