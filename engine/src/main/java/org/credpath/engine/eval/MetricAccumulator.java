package org.credpath.engine.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects one model's ranked lists, one per held-out learner, and summarises them as
 * {@link ModelMetrics}. Coverage is the share of the catalogue that appears in at least one top 10.
 */
public final class MetricAccumulator {

    private static final int K = 10;
    private final Metric ndcg = Metric.ndcg(K);
    private final Metric recall = Metric.recall(K);
    private final Metric mrr = Metric.mrr();
    private final List<Double> ndcgs = new ArrayList<>();
    private double recallSum;
    private double mrrSum;
    private final Set<String> shown = new HashSet<>();

    /** Adds one learner's full ranking and the ids hidden for that learner. */
    public void add(List<String> ranked, Set<String> relevant) {
        ndcgs.add(ndcg.evaluate(ranked, relevant));
        recallSum += recall.evaluate(ranked, relevant);
        mrrSum += mrr.evaluate(ranked, relevant);
        shown.addAll(ranked.subList(0, Math.min(K, ranked.size())));
    }

    public int count() {
        return ndcgs.size();
    }

    /** The summary over everything added; {@code catalogueSize} is the denominator of coverage. */
    public ModelMetrics summary(int catalogueSize, int resamples, long seed) {
        int n = ndcgs.size();
        double[] values = ndcgs.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = n == 0 ? 0 : java.util.Arrays.stream(values).sum() / n;
        double coverage = catalogueSize == 0 ? 0 : Math.min(1.0, (double) shown.size() / catalogueSize);
        return new ModelMetrics(mean, n == 0 ? 0 : recallSum / n, n == 0 ? 0 : mrrSum / n, coverage,
                Bootstrap.ci95(values, resamples, seed));
    }
}
