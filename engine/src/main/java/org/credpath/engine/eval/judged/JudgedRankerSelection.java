package org.credpath.engine.eval.judged;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the served pipeline loses relevant credentials (retrieval or ranking), and which {@link
 * JudgedRankerTrainer.Variant} re-ranks the development half's candidates best under learner-grouped
 * cross-validation. Every figure counts unjudged slots as not relevant, so re-rankings that surface
 * unjudged candidates are lower bounds (their unjudged share is reported beside them).
 */
public final class JudgedRankerSelection {

    /**
     * Retrieval recall against ranking.
     *
     * @param relevant       judged pairs graded >= 2 of the learners
     * @param inCandidates   of them, among the served candidates (retrieved and filtered)
     * @param inTop10        of them, in the served top 10
     * @param excellent      pairs graded 3; likewise below
     * @param candidatesMean candidates per learner, mean
     */
    public record Diagnosis(int relevant, int inCandidates, int inTop10, int excellent, int excellentInCandidates,
            int excellentInTop10, double candidatesMean, Map<String, Double> oracle, Map<String, Double> served) {
    }

    /** One variant's cross-validated figures (means over the learners): metric -> value. */
    public record Row(String variant, Map<String, Double> figures) {
    }

    private final JudgedMetrics metrics;
    private final Split split;

    public JudgedRankerSelection(JudgedMetrics metrics, Split split) {
        this.metrics = metrics;
        this.split = split;
    }

    public Diagnosis diagnose(List<LearnerPool> pools) {
        int rel = 0, relCand = 0, relTop = 0, ex = 0, exCand = 0, exTop = 0;
        double cands = 0;
        Map<String, List<String>> oracle = new LinkedHashMap<>();
        Map<String, List<String>> served = new LinkedHashMap<>();
        for (LearnerPool p : pools) {
            java.util.Set<String> candidates = new java.util.HashSet<>();
            p.candidates().forEach(c -> candidates.add(c.id()));
            java.util.Set<String> top = new java.util.HashSet<>(p.served(10));
            Map<String, Integer> grade = new java.util.HashMap<>();
            for (int i = 0; i < p.judged().size(); i++) {
                String id = p.judged().get(i).id();
                int g = p.grades()[i];
                grade.put(id, g);
                if (g >= Judgment.RELEVANT_GRADE) {
                    rel++;
                    relCand += candidates.contains(id) ? 1 : 0;
                    relTop += top.contains(id) ? 1 : 0;
                }
                if (g == Judgment.MAX_GRADE) {
                    ex++;
                    exCand += candidates.contains(id) ? 1 : 0;
                    exTop += top.contains(id) ? 1 : 0;
                }
            }
            cands += p.candidates().size() / (double) pools.size();
            double[] byGrade = p.candidates().stream().mapToDouble(c -> grade.getOrDefault(c.id(), -1)).toArray();
            oracle.put(p.learnerId(), p.top(byGrade, 10));
            served.put(p.learnerId(), p.served(10));
        }
        return new Diagnosis(rel, relCand, relTop, ex, exCand, exTop, cands, figures("oracle", oracle),
                figures("served", served));
    }

    /** Cross-validated figures of each variant, the served order of the same candidates first. */
    public List<Row> compare(List<LearnerPool> pools, List<JudgedRankerTrainer.Variant> variants,
            JudgedRankerTrainer trainer, int folds, java.io.PrintStream progress) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> served = new LinkedHashMap<>();
        pools.forEach(p -> served.put(p.learnerId(), p.served(10)));
        rows.add(new Row("served (semantic-gap)", figures("served", served)));
        for (JudgedRankerTrainer.Variant v : variants) {
            rows.add(new Row(v.name(), figures(v.name(), trainer.crossValidate(pools, v, folds, 10))));
            progress.println("train judged-ranker: cross-validated " + v.name() + " " + rows.getLast().figures());
        }
        return rows;
    }

    Map<String, Double> figures(String name, Map<String, List<String>> lists) {
        JudgedReport r = metrics.evaluate(name, lists, split);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String m : JudgedMetrics.METRICS) {
            Double v = r.metric(m).mean();
            out.put(m, v == null ? null : Math.round(v * 1000) / 1000.0);
        }
        return out;
    }
}
