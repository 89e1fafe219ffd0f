package org.credpath.engine.eval.judged;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.credpath.engine.eval.Bootstrap;

/**
 * Graded metrics of ranked lists against the judged set, per learner, per ESCO group and overall,
 * with seeded percentile-bootstrap 95 % intervals over learners.
 *
 * <ul>
 *   <li>{@code ndcg@10}: DCG = sum over the top 10 of (2^grade - 1) / log2(rank + 1); the ideal
 *       DCG sorts all judged grades of the learner. Unjudged items gain 0 (they cannot be
 *       credited), so read it beside {@code unjudged@10}. Undefined when no judged item of the
 *       learner is graded above 0.</li>
 *   <li>{@code ndcg@10-condensed}: the same after removing unjudged items from the list.</li>
 *   <li>{@code p@5}: share of the 5 top slots graded >= 2.</li>
 *   <li>{@code irrelevant@10}: share of the shown top-10 slots graded 0 (an unjudged item is not
 *       counted as irrelevant).</li>
 *   <li>{@code unjudged@10}: share of the shown top-10 slots with no judgment.</li>
 * </ul>
 */
public final class JudgedMetrics {

    public static final String NDCG10 = "ndcg@10";
    public static final String NDCG10_CONDENSED = "ndcg@10-condensed";
    public static final String P5 = "p@5";
    public static final String IRRELEVANT10 = "irrelevant@10";
    public static final String UNJUDGED10 = "unjudged@10";
    /** Every metric, in report order. */
    public static final List<String> METRICS = List.of(NDCG10, NDCG10_CONDENSED, P5, IRRELEVANT10, UNJUDGED10);

    static final int DEPTH = 10;
    static final int PRECISION_DEPTH = 5;

    private final JudgedSet set;
    private final Map<String, Map<String, Integer>> grades;
    private final int resamples;
    private final long seed;

    /**
     * @param resamples bootstrap resamples per interval, {@code >= 1} (e.g. 2,000)
     * @param seed      bootstrap seed; the same seed gives the same intervals
     */
    public JudgedMetrics(JudgedSet set, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples: must be >= 1, got " + resamples);
        }
        this.set = set;
        this.grades = set.gradesByLearner();
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * Scores {@code rankings} (learner id -> credential ids, best first) on the learners of
     * {@code split} ({@code null} = all). Every evaluated learner needs a list (an empty list when
     * the system returned nothing); a list may not name a credential twice; a list for a learner
     * outside the set is refused.
     */
    public JudgedReport evaluate(String system, Map<String, List<String>> rankings, Split split) {
        for (String id : rankings.keySet()) {
            if (set.learner(id).isEmpty()) {
                throw new IllegalArgumentException("rankings: learner \"" + id + "\" is not in the judged set");
            }
        }
        List<LearnerScore> scores = new ArrayList<>();
        for (JudgedLearner l : set.learners(split)) {
            List<String> ranked = rankings.get(l.id());
            if (ranked == null) {
                throw new IllegalArgumentException("rankings: no list for learner " + l.id()
                        + " (give an empty list when the system returned nothing)");
            }
            scores.add(score(l, ranked));
        }
        Map<String, List<LearnerScore>> byGroup = new TreeMap<>();
        scores.forEach(s -> byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        List<GroupSummary> groups = new ArrayList<>();
        byGroup.forEach((g, list) -> groups.add(new GroupSummary(g, list.size(), summarise(list))));
        return new JudgedReport(system, split, summarise(scores), groups, scores);
    }

    /** One learner's figures for one ranked list. */
    public LearnerScore score(JudgedLearner learner, List<String> ranked) {
        Map<String, Integer> g = grades.getOrDefault(learner.id(), Map.of());
        requireDistinct(learner.id(), ranked);
        List<String> top = ranked.subList(0, Math.min(DEPTH, ranked.size()));
        int zero = 0;
        int unjudged = 0;
        for (String id : top) {
            Integer grade = g.get(id);
            if (grade == null) {
                unjudged++;
            } else if (grade == 0) {
                zero++;
            }
        }
        int relevantTop5 = 0;
        for (String id : ranked.subList(0, Math.min(PRECISION_DEPTH, ranked.size()))) {
            if (g.getOrDefault(id, -1) >= Judgment.RELEVANT_GRADE) {
                relevantTop5++;
            }
        }
        double ideal = dcg(g.values().stream().sorted((a, b) -> b - a).toList());
        Double ndcg = ideal > 0 ? dcg(gradesOf(ranked, g, false)) / ideal : null;
        Double condensed = ideal > 0 ? dcg(gradesOf(ranked, g, true)) / ideal : null;
        int shown = top.size();
        return new LearnerScore(learner.id(), learner.group(), learner.split(), shown, ndcg, condensed,
                relevantTop5 / (double) PRECISION_DEPTH, shown == 0 ? null : zero / (double) shown,
                shown == 0 ? null : unjudged / (double) shown);
    }

    /** DCG of the first {@value #DEPTH} grades: sum of (2^g - 1) / log2(rank + 1). */
    static double dcg(List<Integer> gradesInOrder) {
        double sum = 0;
        for (int i = 0; i < Math.min(DEPTH, gradesInOrder.size()); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    private static List<Integer> gradesOf(List<String> ranked, Map<String, Integer> g, boolean dropUnjudged) {
        List<Integer> out = new ArrayList<>();
        for (String id : ranked) {
            Integer grade = g.get(id);
            if (grade != null) {
                out.add(grade);
            } else if (!dropUnjudged) {
                out.add(0);
            }
        }
        return out;
    }

    private static void requireDistinct(String learnerId, List<String> ranked) {
        Map<String, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            Integer earlier = rankOf.putIfAbsent(ranked.get(i), i + 1);
            if (earlier != null) {
                throw new IllegalArgumentException("rankings[" + learnerId + "]: credential \"" + ranked.get(i)
                        + "\" appears twice (ranks " + earlier + " and " + (i + 1) + ")");
            }
        }
    }

    private List<MetricSummary> summarise(List<LearnerScore> scores) {
        List<MetricSummary> out = new ArrayList<>();
        out.add(summary(NDCG10, scores, LearnerScore::ndcg10));
        out.add(summary(NDCG10_CONDENSED, scores, LearnerScore::ndcg10Condensed));
        out.add(summary(P5, scores, LearnerScore::precision5));
        out.add(summary(IRRELEVANT10, scores, LearnerScore::irrelevant10));
        out.add(summary(UNJUDGED10, scores, LearnerScore::unjudged10));
        return out;
    }

    private MetricSummary summary(String metric, List<LearnerScore> scores, Function<LearnerScore, Double> value) {
        double[] values = scores.stream().map(value).filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        int undefined = scores.size() - values.length;
        if (values.length == 0) {
            return new MetricSummary(metric, 0, undefined, null, null, null);
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double[] ci = Bootstrap.ci95(values, resamples, seed);
        return new MetricSummary(metric, values.length, undefined, mean, ci[0], ci[1]);
    }
}
