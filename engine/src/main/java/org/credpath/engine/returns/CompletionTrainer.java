package org.credpath.engine.returns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import smile.classification.GradientTreeBoost;
import smile.classification.LogisticRegression;
import smile.validation.metric.AUC;

/**
 * Trains the completion model on OULAD and measures it against the DESIGN baseline (logistic
 * regression on the raw studentInfo columns) on the same held-out students.
 */
public final class CompletionTrainer {

    /**
     * Training options.
     *
     * @param seed         seeds the student split and the boosting subsample
     * @param testFraction share of students held out (all their rows)
     */
    public record Options(long seed, double testFraction, int trees, int maxDepth, int maxNodes,
                          int nodeSize, double shrinkage, double subsample) {
        public Options {
            if (!(testFraction > 0 && testFraction < 1)) {
                throw new IllegalArgumentException("testFraction: must be in (0, 1), got " + testFraction);
            }
            if (trees < 1 || maxDepth < 2 || maxNodes < 2 || nodeSize < 1) {
                throw new IllegalArgumentException("trees/maxDepth/maxNodes/nodeSize: must be >= 1/2/2/1, got "
                        + trees + "/" + maxDepth + "/" + maxNodes + "/" + nodeSize);
            }
            if (!(shrinkage > 0 && shrinkage <= 1) || !(subsample > 0 && subsample <= 1)) {
                throw new IllegalArgumentException("shrinkage/subsample: must be in (0, 1], got "
                        + shrinkage + "/" + subsample);
            }
        }

        public static Options defaults() {
            return new Options(42, 0.2, 300, 4, 16, 20, 0.05, 0.7);
        }
    }

    /** The trained model and its held-out figures. */
    public record Result(GbmCompletionModel model, Map<String, Double> moduleRates, double auc, double baselineAuc, int trainRows,
                         int testRows, int testStudents, double testCompletionRate) {
    }

    private CompletionTrainer() {
    }

    public static Result train(List<OuladEnrolment> rows, Options o) {
        Set<Long> test = heldOutStudents(rows, o.seed(), o.testFraction());
        Map<String, Double> rates = OuladFeatures.moduleRates(
                rows.stream().filter(e -> !test.contains(e.studentId())).toList(), 20);
        List<CompletionFeatures> feats = OuladFeatures.of(rows, rates);
        List<double[]> trX = new ArrayList<>();
        List<double[]> teX = new ArrayList<>();
        List<double[]> trB = new ArrayList<>();
        List<double[]> teB = new ArrayList<>();
        List<Integer> trY = new ArrayList<>();
        List<Integer> teY = new ArrayList<>();
        BaselineEncoder enc = new BaselineEncoder(rows);
        for (int i = 0; i < rows.size(); i++) {
            OuladEnrolment e = rows.get(i);
            boolean isTest = test.contains(e.studentId());
            (isTest ? teX : trX).add(feats.get(i).toArray());
            (isTest ? teB : trB).add(enc.encode(e));
            (isTest ? teY : trY).add(e.outcome().completed() ? 1 : 0);
        }
        int[] ytr = trY.stream().mapToInt(Integer::intValue).toArray();
        int[] yte = teY.stream().mapToInt(Integer::intValue).toArray();

        smile.math.MathEx.setSeed(o.seed());
        GradientTreeBoost.Options gbm = new GradientTreeBoost.Options(o.trees(), o.maxDepth(), o.maxNodes(),
                o.nodeSize(), o.shrinkage(), o.subsample(), null, null);
        GbmCompletionModel model = GbmCompletionModel.fit(trX.toArray(double[][]::new), ytr, gbm);
        double[] p = teX.stream().mapToDouble(model::probability).toArray();

        LogisticRegression lr = LogisticRegression.fit(trB.toArray(double[][]::new), ytr,
                new LogisticRegression.Options(0.1, 1e-5, 500));
        double[] pb = teB.stream().mapToDouble(x -> {
            double[] post = new double[2];
            lr.predict(x, post);
            return post[1];
        }).toArray();
        double rate = teY.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new Result(model, rates, AUC.of(yte, p), AUC.of(yte, pb), ytr.length, yte.length, test.size(), rate);
    }

    /** A seeded, order-independent choice of students to hold out. */
    static Set<Long> heldOutStudents(List<OuladEnrolment> rows, long seed, double fraction) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(rows.stream().map(OuladEnrolment::studentId).toList()));
        java.util.Collections.shuffle(ids, new Random(seed));
        return new HashSet<>(ids.subList(0, (int) Math.round(ids.size() * fraction)));
    }
}
