package org.credpath.api.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.recommend.RecommenderOptions;
import org.credpath.api.service.ExpectedReturn;
import org.credpath.api.service.Recommendation;
import org.credpath.api.service.RecommendationFilters;
import org.credpath.api.service.RecommendationResult;
import org.credpath.api.service.RecommendationService;
import org.credpath.engine.bench.BenchReports;
import org.credpath.engine.index.SearchThreads;
import org.credpath.engine.learner.Learner;

/**
 * The answers and in-process CPU time of the server's recommender against another setting, on the
 * same learners, no HTTP: how many top-k lists are identical, how much they overlap, and how far
 * the shown items' expected-return medians move (relative to their 10-90 % interval).
 *
 * @param identicalTopK            share of learners whose top-k ids are identical and in the same order
 * @param meanOverlapAtK           mean share of the baseline's top-k ids also in the other top-k
 * @param returnsCompared          expected returns compared (same learner and credential in both answers)
 * @param meanMedianShiftOfInterval mean |median shift| / (p90 - p10) of the baseline
 * @param maxMedianShiftOfInterval  the largest such shift
 * @param identicalIntervals       share of compared returns with the same p10 and p90
 * @param meanEndShiftUsd          mean of the larger of |p10 shift| and |p90 shift|, in USD (the interval
 *                                 can be degenerate, p10 = p90, so it is not divided by its width)
 * @param baselineCpuMs            median CPU ms per recommendation (CPU time of the calling thread plus the
 *                                 search pool's threads, which run parts of each search; after a warm-up pass)
 * @param otherCpuMs               the same for the other setting
 */
public record OptionsComparison(int learners, int k, RecommenderOptions baseline, RecommenderOptions other,
        double identicalTopK, double meanOverlapAtK, int returnsCompared, double meanMedianShiftOfInterval,
        double maxMedianShiftOfInterval, double identicalIntervals, double meanEndShiftUsd,
        double baselineCpuMs, double otherCpuMs) {

    /** Runs both over {@code learners}: a warm-up pass each, then {@code rounds} timed passes each, alternating. */
    static OptionsComparison run(RecommendationService base, RecommenderOptions baseOptions, RecommendationService other,
            RecommenderOptions otherOptions, List<Learner> learners, int k, int rounds) {
        List<RecommendationResult> a = pass(base, learners, k, null);
        List<RecommendationResult> b = pass(other, learners, k, null);
        List<Double> cpuA = new ArrayList<>();
        List<Double> cpuB = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            pass(base, learners, k, cpuA);
            pass(other, learners, k, cpuB);
        }
        int identical = 0;
        double overlap = 0;
        List<Double> shifts = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            List<String> ia = ids(a.get(i));
            List<String> ib = ids(b.get(i));
            identical += ia.equals(ib) ? 1 : 0;
            Set<String> common = new HashSet<>(ia);
            common.retainAll(ib);
            overlap += ia.isEmpty() ? 1 : (double) common.size() / ia.size();
            Map<String, ExpectedReturn> rb = new HashMap<>();
            b.get(i).items().forEach(it -> rb.put(it.credentialId(), it.expectedReturn()));
            for (Recommendation it : a.get(i).items()) {
                ExpectedReturn x = it.expectedReturn();
                ExpectedReturn y = rb.get(it.credentialId());
                if (x != null && y != null) {
                    double width = Math.max(1, x.p90Usd() - x.p10Usd());
                    shifts.add(Math.abs(x.medianUsd() - y.medianUsd()) / width);
                    ends.add(Math.max(Math.abs(x.p10Usd() - y.p10Usd()), Math.abs(x.p90Usd() - y.p90Usd())));
                }
            }
        }
        int n = learners.size();
        return new OptionsComparison(n, k, baseOptions, otherOptions, round4((double) identical / n), round4(overlap / n),
                shifts.size(), round4(shifts.stream().mapToDouble(Double::doubleValue).average().orElse(0)),
                round4(shifts.stream().mapToDouble(Double::doubleValue).max().orElse(0)),
                round4(ends.stream().filter(e -> e == 0).count() / (double) Math.max(1, ends.size())),
                Math.round(ends.stream().mapToDouble(Double::doubleValue).average().orElse(0)), median(cpuA), median(cpuB));
    }

    private static List<RecommendationResult> pass(RecommendationService svc, List<Learner> learners, int k,
            List<Double> cpuMs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<RecommendationResult> out = new ArrayList<>();
        long t0 = threads.getCurrentThreadCpuTime();
        long pool0 = SearchThreads.cpuNanos(); // parallel search runs parts of each retrieval on the pool
        for (Learner l : learners) {
            out.add(svc.recommend("bench", "r-compare", l, k, RecommendationFilters.none()));
        }
        if (cpuMs != null) {
            long used = threads.getCurrentThreadCpuTime() - t0 + SearchThreads.cpuNanos() - pool0;
            cpuMs.add(used / 1e6 / learners.size());
        }
        return out;
    }

    private static List<String> ids(RecommendationResult r) {
        return r.items().stream().map(Recommendation::credentialId).toList();
    }

    private static double median(List<Double> v) {
        return v.isEmpty() ? 0 : Math.round(BenchReports.median(v.stream().mapToDouble(Double::doubleValue).toArray())
                * 1000) / 1000.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "bench http --compare: %d learners, k = %d, in-process (no HTTP)%n"
                + "  baseline %s: %.3f CPU ms/recommendation%n  other    %s: %.3f CPU ms/recommendation%n"
                + "  identical top-%d: %.1f %% of learners; mean overlap@%d: %.1f %%%n"
                + "  expected returns (%d compared): median shift as %% of the 10-90 %% interval: mean %.2f, max %.2f;"
                + " same p10 and p90: %.1f %%, mean larger p10/p90 shift %.0f USD%n",
                learners, k, baseline, baselineCpuMs, other, otherCpuMs, k, 100 * identicalTopK, k, 100 * meanOverlapAtK,
                returnsCompared, 100 * meanMedianShiftOfInterval, 100 * maxMedianShiftOfInterval,
                100 * identicalIntervals, meanEndShiftUsd);
    }
}
