package org.credpath.engine.eval.judged;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Two systems on the same learners: the ratio and the difference of their means of one metric,
 * with a paired percentile-bootstrap 95 % interval (learners resampled together for both systems).
 * Only learners for which the metric is defined under both systems count.
 *
 * @param ratio   {@code meanA / meanB}; {@code null} when {@code meanB} is 0 (bootstrap resamples whose
 *                mean of B is 0 are left out of the ratio interval)
 */
public record PairedComparison(String metric, String systemA, String systemB, int learners, double meanA,
        double meanB, Double ratio, Double ratioLo, Double ratioHi, double difference, double differenceLo,
        double differenceHi) {

    /**
     * Compares report {@code a} with report {@code b} on {@code metric} (one of
     * {@link JudgedMetrics#METRICS}); both must cover at least one common learner with a value.
     */
    public static PairedComparison of(JudgedReport a, JudgedReport b, String metric, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples: must be >= 1, got " + resamples);
        }
        Function<LearnerScore, Double> value = accessor(metric);
        Map<String, Double> bValues = new HashMap<>();
        b.perLearner().forEach(s -> bValues.put(s.learnerId(), value.apply(s)));
        List<double[]> pairs = new ArrayList<>();
        for (LearnerScore s : a.perLearner()) {
            Double va = value.apply(s);
            Double vb = bValues.get(s.learnerId());
            if (va != null && vb != null) {
                pairs.add(new double[] {va, vb});
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no learner has " + metric + " under both " + a.system() + " and "
                    + b.system());
        }
        double[] means = means(pairs, null);
        int n = pairs.size();
        double[] ratios = new double[resamples];
        double[] diffs = new double[resamples];
        SplittableRandom rnd = new SplittableRandom(seed);
        int finite = 0;
        for (int r = 0; r < resamples; r++) {
            int[] idx = rnd.ints(n, 0, n).toArray();
            double[] m = means(pairs, idx);
            diffs[r] = m[0] - m[1];
            if (m[1] > 0) {
                ratios[finite++] = m[0] / m[1];
            }
        }
        double[] dci = interval(diffs, resamples);
        double[] rci = finite == 0 ? null : interval(ratios, finite);
        Double ratio = means[1] > 0 ? means[0] / means[1] : null;
        return new PairedComparison(metric, a.system(), b.system(), n, means[0], means[1], ratio,
                rci == null ? null : rci[0], rci == null ? null : rci[1], means[0] - means[1], dci[0], dci[1]);
    }

    private static double[] means(List<double[]> pairs, int[] idx) {
        double sa = 0;
        double sb = 0;
        int n = idx == null ? pairs.size() : idx.length;
        for (int i = 0; i < n; i++) {
            double[] p = pairs.get(idx == null ? i : idx[i]);
            sa += p[0];
            sb += p[1];
        }
        return new double[] {sa / n, sb / n};
    }

    private static double[] interval(double[] values, int count) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new double[] {percentile(sorted, 0.025), percentile(sorted, 0.975)};
    }

    private static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static Function<LearnerScore, Double> accessor(String metric) {
        return switch (metric) {
            case JudgedMetrics.NDCG10 -> LearnerScore::ndcg10;
            case JudgedMetrics.NDCG10_CONDENSED -> LearnerScore::ndcg10Condensed;
            case JudgedMetrics.P5 -> LearnerScore::precision5;
            case JudgedMetrics.IRRELEVANT10 -> LearnerScore::irrelevant10;
            case JudgedMetrics.UNJUDGED10 -> LearnerScore::unjudged10;
            default -> throw new IllegalArgumentException("metric: unknown \"" + metric + "\"; expected one of "
                    + JudgedMetrics.METRICS);
        };
    }
}
