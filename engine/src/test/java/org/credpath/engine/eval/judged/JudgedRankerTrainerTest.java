package org.credpath.engine.eval.judged;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.recommend.JudgedRankerModel;
import org.credpath.engine.recommend.RelevanceFeatures;
import org.junit.jupiter.api.Test;

/** Training on a small synthetic judged set recovers the signs of planted features. */
class JudgedRankerTrainerTest {

    static final int GOOD = RelevanceFeatures.NAMES.indexOf("interest_cos");
    static final int BAD = RelevanceFeatures.NAMES.indexOf("other_language");

    /** Grades rise with GOOD and fall with BAD, plus noise; the other columns are noise. */
    static List<LearnerPool> pools(int learners, int items, long seed) {
        Random r = new Random(seed);
        List<LearnerPool> out = new ArrayList<>();
        for (int l = 0; l < learners; l++) {
            List<Credential> creds = new ArrayList<>();
            double[][] rows = new double[items][RelevanceFeatures.NAMES.size()];
            int[] grades = new int[items];
            for (int i = 0; i < items; i++) {
                creds.add(Credential.of("c" + l + "-" + i, "credential " + i));
                for (int j = 0; j < rows[i].length; j++) {
                    rows[i][j] = r.nextGaussian();
                }
                rows[i][BAD] = r.nextDouble() < 0.2 ? 1 : 0;
                double latent = 1.5 * rows[i][GOOD] - 2 * rows[i][BAD] + 0.5 * r.nextGaussian();
                grades[i] = latent > 1 ? 3 : latent > 0 ? 2 : latent > -1 ? 1 : 0;
            }
            out.add(new LearnerPool("j-" + l, creds, rows, new double[items], creds, rows, grades));
        }
        return out;
    }

    @Test
    void pointwiseHeadsRecoverThePlantedSigns() {
        var w = new JudgedRankerTrainer(7).fit(pools(10, 40, 1),
                new JudgedRankerTrainer.Variant("p", new int[] {1, 2}, false, 1, 0, 0));
        assertThat(w.heads()).extracting(JudgedRankerModel.Head::name).containsExactly("grade>=1", "grade>=2");
        for (JudgedRankerModel.Head h : w.heads()) {
            assertThat(h.coefficients()[GOOD]).isGreaterThan(1);
            assertThat(h.coefficients()[BAD]).isLessThan(-0.5);
            for (int j = 0; j < h.coefficients().length; j++) {
                if (j != GOOD && j != BAD) {
                    assertThat(Math.abs(h.coefficients()[j])).as(RelevanceFeatures.NAMES.get(j))
                            .isLessThan(Math.abs(h.coefficients()[GOOD]) / 2);
                }
            }
        }
    }

    @Test
    void thePairwiseHeadRecoversThePlantedSignsWithNoIntercept() {
        var w = new JudgedRankerTrainer(7).fit(pools(10, 40, 2),
                new JudgedRankerTrainer.Variant("pair", new int[0], true, 1, 0, 0));
        JudgedRankerModel.Head h = w.heads().get(0);
        assertThat(h.coefficients()[GOOD]).isGreaterThan(0.5);
        assertThat(h.coefficients()[BAD]).isLessThan(-0.3);
        assertThat(h.intercept()).isZero();
    }

    @Test
    void crossValidationRanksEveryHeldOutLearnersCandidatesBetterThanTheirOrder() {
        List<LearnerPool> pools = pools(12, 30, 3);
        Map<String, List<String>> lists = new JudgedRankerTrainer(7).crossValidate(pools,
                new JudgedRankerTrainer.Variant("p", new int[] {2}, false, 1, 0, 0), 4, 10);
        assertThat(lists).hasSize(12).allSatisfy((id, list) -> assertThat(list).hasSize(10).doesNotHaveDuplicates());
        double top = 0;
        double all = 0;
        for (LearnerPool p : pools) {
            Map<String, Integer> grade = new java.util.HashMap<>();
            for (int i = 0; i < p.grades().length; i++) {
                grade.put(p.judged().get(i).id(), p.grades()[i]);
                all += p.grades()[i] / (double) p.grades().length;
            }
            top += lists.get(p.learnerId()).stream().mapToInt(grade::get).average().orElseThrow();
        }
        assertThat(top / pools.size()).isGreaterThan(all / pools.size() + 0.5);
    }

    @Test
    void ungradedCandidatesJoinAsGradeZeroOnlyWhenAsked() {
        List<LearnerPool> base = pools(1, 20, 4);
        LearnerPool p = base.get(0);
        List<Credential> extra = new ArrayList<>(p.candidates());
        extra.add(Credential.of("ungraded", "never pooled"));
        double[][] rows = java.util.Arrays.copyOf(p.candidateRows(), extra.size());
        rows[extra.size() - 1] = new double[RelevanceFeatures.NAMES.size()];
        LearnerPool withExtra = new LearnerPool(p.learnerId(), extra, rows, new double[extra.size()], p.judged(),
                p.judgedRows(), p.grades());
        assertThat(withExtra.unjudgedCandidateRows(0, new Random(1))).isEmpty();
        assertThat(withExtra.unjudgedCandidateRows(5, new Random(1))).containsExactly(rows[extra.size() - 1]);
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedAnotherPairSample() {
        List<LearnerPool> pools = pools(6, 30, 5);
        var pair = new JudgedRankerTrainer.Variant("pair", new int[0], true, 1, 0, 0);
        double[] a = new JudgedRankerTrainer(11).fit(pools, pair).heads().get(0).coefficients();
        double[] b = new JudgedRankerTrainer(11).fit(pools, pair).heads().get(0).coefficients();
        double[] c = new JudgedRankerTrainer(12).fit(pools, pair).heads().get(0).coefficients();
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void aPoolWhoseRowsDoNotMatchItsCredentialsIsRefused() {
        List<Credential> judged = List.of(Credential.of("c1", "credential 1"), Credential.of("c2", "credential 2"));
        // judged credentials without feature rows: the pairwise fit would index past the rows
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LearnerPool("j-1", List.of(), new double[0][],
                new double[0], judged, new double[0][], new int[] {2, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 judged with 0 rows and 2 grades");
    }
}
