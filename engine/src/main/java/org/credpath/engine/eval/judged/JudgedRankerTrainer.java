package org.credpath.engine.eval.judged;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.credpath.engine.recommend.JudgedRankerModel;
import org.credpath.engine.recommend.RelevanceFeatures;
import org.credpath.engine.recommend.ResidualModel;
import org.credpath.engine.recommend.SemanticGapModel;

import smile.classification.LogisticRegression;

/**
 * Learns {@link JudgedRankerModel} weights from adviser grades, on judged (learner, credential) pairs only,
 * with Smile's L2-regularised logistic regression: pointwise heads ("grade >= t") or pairwise (RankNet-style:
 * the difference of two pairs' features of one learner, labelled by which was graded higher). Features are
 * standardised on the training rows. Model selection is by learner-grouped K-fold cross-validation: each
 * held-out learner's served candidates are re-ranked and scored against the grades (unjudged = not relevant).
 */
public final class JudgedRankerTrainer {

    /**
     * One design to compare.
     *
     * @param thresholds pointwise heads, one per grade threshold (e.g. {1, 2}); empty with {@code pairwise}
     * @param pairwise   one pairwise head instead
     * @param lambda     L2 penalty
     * @param negatives  served candidates per learner that no one graded, added as grade 0 (seeded sample; 0 =
     *                   judged pairs only): the judged pool holds what some system ranked high, so a model trained
     *                   on it alone never sees the low-ranked candidates it must push down
     * @param residual   0: the learned score alone; above 0: a correction on the serving prior, prior + residual x
     *                   the learned score standardised over the learner's candidates (as {@code ResidualModel},
     *                   served as {@code semantic-gap+models/judged-ranker@residual})
     */
    public record Variant(String name, int[] thresholds, boolean pairwise, double lambda, int negatives,
            double residual) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The prior a residual variant corrects: the served default, whose scores the pools hold. */
    static final String PRIOR = SemanticGapModel.ID;

    /** Most pairs per learner in a pairwise fit (seeded sample). */
    static final int PAIRS_PER_LEARNER = 1500;
    static final double TOLERANCE = 1e-6;
    static final int MAX_ITERATIONS = 500;

    private final long seed;

    public JudgedRankerTrainer(long seed) {
        this.seed = seed;
    }

    /** Fits one variant on the judged rows of {@code pools}. */
    public JudgedRankerModel.Weights fit(List<LearnerPool> pools, Variant v) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> grades = new ArrayList<>();
        Random random = new Random(seed);
        for (LearnerPool p : pools) {
            for (int i = 0; i < p.judgedRows().length; i++) {
                rows.add(p.judgedRows()[i]);
                grades.add(p.grades()[i]);
            }
            for (double[] r : p.unjudgedCandidateRows(v.negatives(), random)) {
                rows.add(r);
                grades.add(0);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("judged ranker: no judged pairs to train on");
        }
        int n = RelevanceFeatures.NAMES.size();
        double[] mean = new double[n];
        double[] scale = new double[n];
        standardisation(rows, mean, scale);
        List<JudgedRankerModel.Head> heads = new ArrayList<>();
        if (v.pairwise()) {
            heads.add(pairwise(pools, mean, scale, v.lambda()));
        } else {
            double[][] x = rows.stream().map(r -> z(r, mean, scale)).toArray(double[][]::new);
            for (int t : v.thresholds()) {
                int[] y = grades.stream().mapToInt(g -> g >= t ? 1 : 0).toArray();
                heads.add(head("grade>=" + t, x, y, v.lambda()));
            }
        }
        return new JudgedRankerModel.Weights(RelevanceFeatures.NAMES, mean, scale, heads,
                v.residual() > 0 ? PRIOR : null, v.residual());
    }

    private JudgedRankerModel.Head pairwise(List<LearnerPool> pools, double[] mean, double[] scale, double lambda) {
        Random random = new Random(seed);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (LearnerPool p : pools) {
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < p.grades().length; i++) {
                for (int j = 0; j < p.grades().length; j++) {
                    if (p.grades()[i] > p.grades()[j]) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
            java.util.Collections.shuffle(pairs, random);
            for (int[] ij : pairs.subList(0, Math.min(PAIRS_PER_LEARNER, pairs.size()))) {
                double[] a = z(p.judgedRows()[ij[0]], mean, scale);
                double[] b = z(p.judgedRows()[ij[1]], mean, scale);
                double[] d = new double[a.length];
                for (int k = 0; k < d.length; k++) {
                    d[k] = a[k] - b[k];
                }
                boolean flip = random.nextBoolean();
                x.add(flip ? Arrays.stream(d).map(e -> -e).toArray() : d);
                y.add(flip ? 0 : 1);
            }
        }
        JudgedRankerModel.Head h = head("pairwise", x.toArray(double[][]::new), y.stream().mapToInt(i -> i).toArray(),
                lambda);
        return new JudgedRankerModel.Head(h.name(), h.coefficients(), 0);
    }

    /** One logistic head by Smile (coefficients, then the intercept last). */
    static JudgedRankerModel.Head head(String name, double[][] x, int[] y, double lambda) {
        var model = LogisticRegression.binomial(x, y, new LogisticRegression.Options(lambda, TOLERANCE, MAX_ITERATIONS));
        double[] w = model.coefficients();
        return new JudgedRankerModel.Head(name, Arrays.copyOf(w, x[0].length), w[x[0].length]);
    }

    private static void standardisation(List<double[]> rows, double[] mean, double[] scale) {
        int n = mean.length;
        for (double[] r : rows) {
            for (int j = 0; j < n; j++) {
                mean[j] += r[j] / rows.size();
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < n; j++) {
                scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / rows.size();
            }
        }
        for (int j = 0; j < n; j++) {
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
    }

    static double[] z(double[] r, double[] mean, double[] scale) {
        double[] out = new double[r.length];
        for (int j = 0; j < r.length; j++) {
            out[j] = (r[j] - mean[j]) / scale[j];
        }
        return out;
    }

    /** The candidates' scores by the learned weights, alone or as a correction on the prior's scores. */
    static double[] scores(LearnerPool p, JudgedRankerModel.Weights w, double residual) {
        double[] learned = Arrays.stream(p.candidateRows()).mapToDouble(w::score).toArray();
        if (residual == 0 || learned.length < 2) {
            return learned;
        }
        double[] z = ResidualModel.standardised(learned); // as the served ResidualModel corrects its prior
        double[] out = p.candidateScores().clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += residual * z[i];
        }
        return out;
    }

    /**
     * Out-of-fold top-{@code k} lists of every learner: learners shuffled (seeded) into {@code folds} groups;
     * each group's candidates ranked by the variant fitted on the other groups' judged pairs.
     */
    public Map<String, List<String>> crossValidate(List<LearnerPool> pools, Variant v, int folds, int k) {
        List<LearnerPool> shuffled = new ArrayList<>(pools);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            List<LearnerPool> train = new ArrayList<>();
            List<LearnerPool> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == f ? test : train).add(shuffled.get(i));
            }
            JudgedRankerModel.Weights w = fit(train, v);
            for (LearnerPool p : test) {
                lists.put(p.learnerId(), p.top(scores(p, w, v.residual()), k));
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        pools.forEach(p -> ordered.put(p.learnerId(), lists.get(p.learnerId())));
        return ordered;
    }
}
