package org.credpath.engine.eval.judged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;

/**
 * A tiny judged set with hand-computed figures.
 *
 * <p>Learner A (group G1, dev) has grades a1=3, a2=2, a3=0, a4=1, a5=2; its list is
 * [a3, a1, x, a2, a4] with x unjudged. DCG = 7/log2(3) + 3/log2(5) + 1/log2(6)
 * = 4.416508 + 1.292030 + 0.386853 = 6.095391; ideal DCG (grades 3, 2, 2, 1, 0)
 * = 7 + 3/log2(3) + 3/2 + 1/log2(5) = 7 + 1.892789 + 1.5 + 0.430677 = 10.823466;
 * nDCG@10 = 0.563164. Condensed (x removed): 7/log2(3) + 3/2 + 1/log2(5) = 6.347185 -> 0.586428.
 * P@5 = 2/5 (a1, a2); irrelevant@10 = 1/5 (a3); unjudged@10 = 1/5 (x).
 *
 * <p>Learner B (G2, test): b1=0, b2=0, list [b1, b2]: nDCG undefined (ideal 0), P@5 0,
 * irrelevant 2/2, unjudged 0. Learner C (G1, test): c1=3, empty list: nDCG 0, P@5 0,
 * irrelevant and unjudged undefined (nothing shown).
 */
class JudgedMetricsTest {

    private static final JudgedSet SET = new JudgedSet(
            List.of(learner("A", Split.DEV, "G1"), learner("B", Split.TEST, "G2"), learner("C", Split.TEST, "G1")),
            List.of(j("A", "a1", 3), j("A", "a2", 2), j("A", "a3", 0), j("A", "a4", 1), j("A", "a5", 2),
                    j("B", "b1", 0), j("B", "b2", 0), j("C", "c1", 3)));

    private static final Map<String, List<String>> LISTS = Map.of(
            "A", List.of("a3", "a1", "x", "a2", "a4"),
            "B", List.of("b1", "b2"),
            "C", List.of());

    private final JudgedMetrics metrics = new JudgedMetrics(SET, 2000, 42);

    @Test
    void perLearnerFiguresMatchTheHandComputedValues() {
        JudgedReport r = metrics.evaluate("sys", LISTS, null);
        LearnerScore a = r.perLearner().get(0);
        assertThat(a.shown()).isEqualTo(5);
        assertThat(a.ndcg10()).isCloseTo(0.563164, within(1e-6));
        assertThat(a.ndcg10Condensed()).isCloseTo(0.586428, within(1e-6));
        assertThat(a.precision5()).isEqualTo(0.4);
        assertThat(a.irrelevant10()).isEqualTo(0.2);
        assertThat(a.unjudged10()).isEqualTo(0.2);

        LearnerScore b = r.perLearner().get(1);
        assertThat(b.ndcg10()).isNull();
        assertThat(b.precision5()).isZero();
        assertThat(b.irrelevant10()).isEqualTo(1.0);
        assertThat(b.unjudged10()).isZero();

        LearnerScore c = r.perLearner().get(2);
        assertThat(c.shown()).isZero();
        assertThat(c.ndcg10()).isZero();
        assertThat(c.irrelevant10()).isNull();
        assertThat(c.unjudged10()).isNull();
    }

    @Test
    void overallMeansLeaveUndefinedLearnersOutAndCountThem() {
        JudgedReport r = metrics.evaluate("sys", LISTS, null);
        MetricSummary ndcg = r.metric(JudgedMetrics.NDCG10);
        assertThat(ndcg.learners()).isEqualTo(2);
        assertThat(ndcg.undefined()).isEqualTo(1);
        assertThat(ndcg.mean()).isCloseTo(0.281582, within(1e-6));
        assertThat(r.metric(JudgedMetrics.P5).mean()).isCloseTo(0.4 / 3, within(1e-12));
        assertThat(r.metric(JudgedMetrics.P5).learners()).isEqualTo(3);
        assertThat(r.metric(JudgedMetrics.IRRELEVANT10).mean()).isCloseTo(0.6, within(1e-12));
        assertThat(r.metric(JudgedMetrics.IRRELEVANT10).undefined()).isEqualTo(1);
        assertThat(r.metric(JudgedMetrics.UNJUDGED10).mean()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void groupsAreSummarisedSeparately() {
        JudgedReport r = metrics.evaluate("sys", LISTS, null);
        assertThat(r.groups()).extracting(GroupSummary::group).containsExactly("G1", "G2");
        GroupSummary g1 = r.groups().get(0);
        assertThat(g1.learners()).isEqualTo(2);
        assertThat(g1.metrics().get(0).mean()).isCloseTo(0.281582, within(1e-6));
        MetricSummary g2ndcg = r.groups().get(1).metrics().get(0);
        assertThat(g2ndcg.metric()).isEqualTo(JudgedMetrics.NDCG10);
        assertThat(g2ndcg.mean()).isNull();
        assertThat(g2ndcg.lo()).isNull();
        assertThat(g2ndcg.undefined()).isEqualTo(1);
        assertThat(r.groups().get(1).metrics().get(3).mean()).isEqualTo(1.0);
    }

    @Test
    void aSplitEvaluatesOnlyItsLearners() {
        JudgedReport test = metrics.evaluate("sys", LISTS, Split.TEST);
        assertThat(test.perLearner()).extracting(LearnerScore::learnerId).containsExactly("B", "C");
        assertThat(test.metric(JudgedMetrics.P5).mean()).isZero();
        assertThat(test.metric(JudgedMetrics.NDCG10).mean()).isZero();
    }

    @Test
    void theIdealOrderScoresOneAndItemsBelowRankTenCountNothing() {
        JudgedLearner a = SET.learners().get(0);
        LearnerScore ideal = metrics.score(a, List.of("a1", "a2", "a5", "a4", "a3"));
        assertThat(ideal.ndcg10()).isCloseTo(1.0, within(1e-12));
        assertThat(ideal.precision5()).isEqualTo(0.6);
        List<String> deep = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            deep.add("u" + i);
        }
        deep.add("a1");
        LearnerScore late = metrics.score(a, deep);
        assertThat(late.ndcg10()).isZero();
        assertThat(late.unjudged10()).isEqualTo(1.0);
        assertThat(late.irrelevant10()).isZero();
        assertThat(late.shown()).isEqualTo(10);
    }

    @Test
    void intervalsAreSeededAndHoldTheMean() {
        JudgedReport r1 = metrics.evaluate("sys", LISTS, null);
        JudgedReport r2 = new JudgedMetrics(SET, 2000, 42).evaluate("sys", LISTS, null);
        // p@5 values (0.4, 0, 0): a resample's mean is 0 with probability (2/3)^3 = 30 % and 0.4
        // (A drawn three times) with probability 1/27 = 3.7 %, so the 2.5 / 97.5 percentiles are 0 and 0.4
        MetricSummary p5 = r1.metric(JudgedMetrics.P5);
        assertThat(p5.lo()).isZero();
        assertThat(p5.hi()).isCloseTo(0.4, within(1e-12));
        assertThat(r2.overall()).isEqualTo(r1.overall());
        MetricSummary unjudged = metrics.evaluate("sys", LISTS, Split.TEST).metric(JudgedMetrics.UNJUDGED10);
        assertThat(unjudged.learners()).isEqualTo(1);
        assertThat(unjudged.lo()).isEqualTo(unjudged.hi()).isEqualTo(unjudged.mean()).isZero();
    }

    @Test
    void badRankingsAreRefusedByName() {
        assertThatThrownBy(() -> metrics.evaluate("sys", Map.of("A", List.of(), "B", List.of()), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no list for learner C");
        assertThatThrownBy(() -> metrics.evaluate("sys", Map.of("A", List.of(), "B", List.of(), "C", List.of(),
                "Z", List.of()), null)).hasMessageContaining("learner \"Z\" is not in the judged set");
        assertThatThrownBy(() -> metrics.score(SET.learners().get(0), List.of("a1", "a2", "a1")))
                .hasMessageContaining("rankings[A]: credential \"a1\" appears twice (ranks 1 and 3)");
    }

    @Test
    void pairedComparisonGivesTheRatioOfMeansWithAnInterval() {
        JudgedReport perfect = metrics.evaluate("perfect", Map.of("A", List.of("a1", "a2", "a5", "a4", "a3"),
                "B", List.of(), "C", List.of("c1")), null);
        JudgedReport sys = metrics.evaluate("sys", LISTS, null);
        PairedComparison c = PairedComparison.of(perfect, sys, JudgedMetrics.NDCG10, 2000, 7);
        // learners with ndcg under both: A (1 vs 0.563164) and C (1 vs 0)
        assertThat(c.learners()).isEqualTo(2);
        assertThat(c.meanA()).isEqualTo(1.0);
        assertThat(c.meanB()).isCloseTo(0.281582, within(1e-6));
        assertThat(c.ratio()).isCloseTo(1.0 / 0.281582, within(1e-4));
        assertThat(c.difference()).isCloseTo(0.718418, within(1e-6));
        // resamples: {A,A} diff 0.436836, ratio 1/0.563164 = 1.775680; {A,C} the point values; {C,C} diff 1, B mean 0
        assertThat(c.ratioLo()).isCloseTo(1.775680, within(1e-5));
        assertThat(c.ratioHi()).isCloseTo(3.551360, within(1e-5));
        assertThat(c.differenceLo()).isCloseTo(0.436836, within(1e-6));
        assertThat(c.differenceHi()).isCloseTo(1.0, within(1e-12));
        assertThatThrownBy(() -> PairedComparison.of(perfect, sys, "map", 10, 1)).hasMessageContaining("metric");
    }

    private static JudgedLearner learner(String id, Split split, String group) {
        return new JudgedLearner(id, split, group, "scenario of " + id, Learner.of(id));
    }

    private static Judgment j(String learner, String credential, int grade) {
        return new Judgment(learner, credential, grade, "reason", "tester");
    }
}
