package org.credpath.engine.returns;

import java.util.List;
import java.util.stream.LongStream;

import smile.classification.GradientTreeBoost;
import smile.classification.RandomForest;
import smile.model.cart.SplitRule;

/**
 * The model families and hyper-parameters tried for the completion model. Each is fitted on the
 * training students minus a validation slice and compared on that slice only (never on the
 * held-out test students).
 */
final class CompletionCandidates {

    /** Fits a scorer on rows {@code x} (columns named {@code columns}) with outcomes {@code y}. */
    @FunctionalInterface
    interface Fitter {
        CompletionScorer fit(double[][] x, int[] y, String[] columns, long seed);
    }

    /** A named model family with fixed hyper-parameters. */
    record Candidate(String name, Fitter fitter) {
    }

    /** The first shipped model's configuration (gradient boosting, 8 columns). */
    static final Candidate PREVIOUS = boosting(300, 4, 16, 20, 0.05, 0.7);

    private CompletionCandidates() {
    }

    static List<Candidate> all() {
        return List.of(
                logistic(0.1),
                logistic(10),
                boosting(300, 4, 16, 20, 0.05, 0.7),
                boosting(600, 3, 8, 50, 0.02, 0.7),
                boosting(400, 6, 32, 100, 0.02, 0.7),
                boosting(150, 5, 24, 200, 0.05, 0.5),
                boosting(300, 8, 64, 200, 0.02, 0.7),
                forest(300, 3, 14, 200),
                blend(logistic(10), boosting(400, 6, 32, 100, 0.02, 0.7)));
    }

    static Candidate logistic(double lambda) {
        return new Candidate("logistic(lambda=" + lambda + ")", (x, y, c, s) -> LogisticScorer.fit(x, y, lambda));
    }

    static Candidate boosting(int trees, int depth, int nodes, int nodeSize, double shrinkage, double subsample) {
        String name = "boosting(trees=" + trees + ",depth=" + depth + ",leaves=" + nodes + ",nodeSize=" + nodeSize
                + ",shrinkage=" + shrinkage + ",subsample=" + subsample + ")";
        return new Candidate(name, (x, y, c, s) -> {
            smile.math.MathEx.setSeed(s);
            return TreeScorer.boosting(x, y, c, new GradientTreeBoost.Options(trees, depth, nodes, nodeSize,
                    shrinkage, subsample, null, null));
        });
    }

    /** The mean probability of two candidates, each fitted on the same rows. */
    static Candidate blend(Candidate a, Candidate b) {
        return new Candidate("blend(" + a.name() + " + " + b.name() + ")", (x, y, c, s) -> new BlendScorer(
                List.of(a.fitter().fit(x, y, c, s), b.fitter().fit(x, y, c, s))));
    }

    static Candidate forest(int trees, int mtry, int depth, int nodeSize) {
        String name = "forest(trees=" + trees + ",mtry=" + mtry + ",depth=" + depth + ",nodeSize=" + nodeSize + ")";
        return new Candidate(name, (x, y, c, s) -> {
            long[] seeds = LongStream.range(0, trees).map(i -> s * 1_000_003L + i).toArray();
            RandomForest.Options o = new RandomForest.Options(trees, mtry, SplitRule.GINI, depth, 1 << depth,
                    nodeSize, 0.632, null, seeds, null);
            return TreeScorer.forest(x, y, c, o);
        });
    }
}
