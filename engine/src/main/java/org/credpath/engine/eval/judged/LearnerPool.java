package org.credpath.engine.eval.judged;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.recommend.CandidateCapture;
import org.credpath.engine.recommend.RecommendRequest;
import org.credpath.engine.recommend.Recommender;
import org.credpath.engine.recommend.RelevanceFeatures;

/**
 * One judged learner's material for a re-ranker: the served pipeline's candidates (retrieved and filtered,
 * in retrieval order, before truncation to k) with the serving model's scores, and the learner's judged
 * credentials found in the catalogue with their grades, each with its {@link RelevanceFeatures} row.
 *
 * @param candidateScores the serving model's score of each candidate
 * @param grades          the grade of each judged credential
 */
public record LearnerPool(String learnerId, List<Credential> candidates, double[][] candidateRows,
        double[] candidateScores, List<Credential> judged, double[][] judgedRows, int[] grades) {

    public LearnerPool {
        Objects.requireNonNull(learnerId, "learnerId");
        candidates = List.copyOf(candidates);
        judged = List.copyOf(judged);
        if (candidateRows.length != candidates.size() || candidateScores.length != candidates.size()
                || judgedRows.length != judged.size() || grades.length != judged.size()) {
            throw new IllegalArgumentException("learner " + learnerId + ": " + candidates.size() + " candidates with "
                    + candidateRows.length + " rows and " + candidateScores.length + " scores; " + judged.size()
                    + " judged with " + judgedRows.length + " rows and " + grades.length + " grades");
        }
    }

    /** The candidate ids in the serving model's order (ties by retrieval order), the first {@code k}. */
    public List<String> served(int k) {
        return top(candidateScores, k);
    }

    /** The candidate ids in the order of {@code scores} (one per candidate, ties by retrieval order), the first k. */
    public List<String> top(double[] scores, int k) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a]) != 0 ? Double.compare(scores[b], scores[a])
                : Integer.compare(a, b));
        return order.stream().limit(k).map(i -> candidates.get(i).id()).toList();
    }

    /** Up to {@code n} rows of candidates no one graded, a seeded sample. */
    public List<double[]> unjudgedCandidateRows(int n, java.util.Random random) {
        if (n <= 0) {
            return List.of();
        }
        java.util.Set<String> graded = new java.util.HashSet<>();
        judged.forEach(c -> graded.add(c.id()));
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!graded.contains(candidates.get(i).id())) {
                rows.add(candidateRows[i]);
            }
        }
        java.util.Collections.shuffle(rows, random);
        return rows.subList(0, Math.min(n, rows.size()));
    }

    /** The candidate part only (no judged credentials) of one captured scoring call. */
    public static LearnerPool candidates(String learnerId, CandidateCapture.Call call, RelevanceFeatures features) {
        return new LearnerPool(learnerId, call.candidates(), features.rows(call.learner(), call.candidates()),
                call.scores(), List.of(), new double[0][], new int[0]);
    }

    /**
     * Runs {@code recommender} (whose model is {@code capture}) for each learner and gathers its pool.
     *
     * @param catalogue the shipped catalogue by id (judged credentials missing from it are skipped)
     */
    public static List<LearnerPool> collect(Recommender recommender, CandidateCapture capture,
            List<JudgedLearner> learners, JudgedSet set, Map<String, Credential> catalogue,
            RelevanceFeatures features, java.io.PrintStream progress) {
        Map<String, Map<String, Integer>> grades = set.gradesByLearner();
        List<LearnerPool> out = new ArrayList<>();
        for (JudgedLearner l : learners) {
            capture.take();
            recommender.recommend(l.learner(), RecommendRequest.top(10));
            List<CandidateCapture.Call> calls = capture.take();
            Map<String, Integer> g = grades.getOrDefault(l.id(), Map.of());
            List<Credential> judged = g.keySet().stream().sorted().map(catalogue::get).filter(Objects::nonNull).toList();
            int[] gr = judged.stream().mapToInt(c -> g.get(c.id())).toArray();
            if (calls.isEmpty()) { // nothing was scored (e.g. no candidate passed the filters): no features either
                out.add(new LearnerPool(l.id(), List.of(), new double[0][], new double[0], List.of(), new double[0][],
                        new int[0]));
                continue;
            }
            CandidateCapture.Call call = calls.get(0);
            out.add(new LearnerPool(l.id(), call.candidates(), features.rows(call.learner(), call.candidates()),
                    call.scores(), judged, features.rows(call.learner(), judged), gr));
            if (out.size() % 10 == 0) {
                progress.println("judged pools: " + out.size() + " / " + learners.size() + " learners");
            }
        }
        return out;
    }
}
