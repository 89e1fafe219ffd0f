package org.credpath.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MetricTest {

    private final List<String> ranked = List.of("a", "b", "c", "d");

    @Test
    void ndcgOfOneRelevantAtRankTwoIsOneOverLog2Of3() {
        assertThat(Metric.ndcg(10).evaluate(ranked, Set.of("b"))).isCloseTo(0.630930, within(1e-6));
    }

    @Test
    void ndcgOfTwoRelevantMatchesHandComputedValue() {
        // dcg = 1/log2(3) + 1/log2(5) = 1.061606; ideal = 1 + 1/log2(3) = 1.630930
        assertThat(Metric.ndcg(10).evaluate(ranked, Set.of("b", "d"))).isCloseTo(0.650921, within(1e-6));
    }

    @Test
    void ndcgIgnoresHitsBelowTheCutoff() {
        assertThat(Metric.ndcg(2).evaluate(ranked, Set.of("c"))).isZero();
        assertThat(Metric.ndcg(1).evaluate(ranked, Set.of("a"))).isEqualTo(1.0);
    }

    @Test
    void recallCountsShareOfRelevantInTopK() {
        assertThat(Metric.recall(2).evaluate(ranked, Set.of("a", "d"))).isEqualTo(0.5);
        assertThat(Metric.recall(10).evaluate(ranked, Set.of("a", "d", "zz"))).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void mrrIsReciprocalRankOfFirstHitOverTheFullList() {
        assertThat(Metric.mrr().evaluate(ranked, Set.of("c", "d"))).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Metric.mrr().evaluate(ranked, Set.of("zz"))).isZero();
    }

    @Test
    void emptyRelevantSetScoresZeroAndBadCutoffIsRefused() {
        assertThat(Metric.ndcg(10).evaluate(ranked, Set.of())).isZero();
        assertThatThrownBy(() -> Metric.ndcg(0)).hasMessageContaining("got 0");
    }

    @Test
    void accumulatorAveragesAndMeasuresCoverage() {
        MetricAccumulator acc = new MetricAccumulator();
        acc.add(ranked, Set.of("a"));
        acc.add(List.of("c", "a"), Set.of("zz"));
        ModelMetrics m = acc.summary(8, 200, 1);
        assertThat(m.ndcg10()).isEqualTo(0.5);
        assertThat(m.mrr()).isEqualTo(0.5);
        assertThat(m.recall10()).isEqualTo(0.5);
        assertThat(m.coverage()).isEqualTo(4.0 / 8);
        assertThat(m.ndcg10Ci95()[0]).isLessThanOrEqualTo(0.5);
        assertThat(m.ndcg10Ci95()[1]).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void bootstrapIsSeededAndBracketsTheMean() {
        double[] v = {0, 1, 0, 1, 1, 0, 1, 0, 0, 1};
        double[] a = Bootstrap.ci95(v, 1000, 7);
        double[] b = Bootstrap.ci95(v, 1000, 7);
        assertThat(a).containsExactly(b);
        assertThat(a[0]).isLessThan(0.5).isGreaterThanOrEqualTo(0.0);
        assertThat(a[1]).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(Bootstrap.ci95(new double[] {0.3}, 10, 1)).containsExactly(0.3, 0.3);
    }
}
