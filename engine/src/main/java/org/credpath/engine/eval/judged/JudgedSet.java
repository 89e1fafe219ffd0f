package org.credpath.engine.eval.judged;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The judged relevance set: the learners (with split and group) and the graded pairs.
 * Every judgment names a learner of the set, and each (learner, credential) pair is graded once.
 */
public record JudgedSet(List<JudgedLearner> learners, List<Judgment> judgments) {

    /** One pooled pair ({@code datasets/judged/pool.jsonl}). */
    public record PoolPair(String learnerId, String credentialId) {
    }

    public JudgedSet {
        learners = List.copyOf(learners);
        judgments = List.copyOf(judgments);
        Map<String, JudgedLearner> byId = new HashMap<>();
        for (JudgedLearner l : learners) {
            if (byId.put(l.id(), l) != null) {
                throw new IllegalArgumentException("learners: duplicate id \"" + l.id() + "\"");
            }
        }
        Map<PoolPair, Judgment> seen = new HashMap<>();
        for (Judgment j : judgments) {
            if (!byId.containsKey(j.learnerId())) {
                throw new IllegalArgumentException("judgment " + j.learnerId() + " / " + j.credentialId()
                        + ": field learnerId: unknown learner \"" + j.learnerId() + "\"");
            }
            if (seen.put(new PoolPair(j.learnerId(), j.credentialId()), j) != null) {
                throw new IllegalArgumentException("judgment " + j.learnerId() + " / " + j.credentialId()
                        + ": graded more than once");
            }
        }
    }

    /** The learner with this id. */
    public Optional<JudgedLearner> learner(String id) {
        return learners.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The learners of one split, in file order; {@code null} means all. */
    public List<JudgedLearner> learners(Split split) {
        return split == null ? learners : learners.stream().filter(l -> l.split() == split).toList();
    }

    /** Grade by credential id, per learner id (learners without judgments map to an empty map). */
    public Map<String, Map<String, Integer>> gradesByLearner() {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        learners.forEach(l -> out.put(l.id(), new HashMap<>()));
        judgments.forEach(j -> out.get(j.learnerId()).put(j.credentialId(), j.grade()));
        return out;
    }

    /** The pooled pairs that have no judgment yet, in pool order. */
    public List<PoolPair> unjudged(Collection<PoolPair> pool) {
        Map<String, Map<String, Integer>> grades = gradesByLearner();
        List<PoolPair> out = new ArrayList<>();
        for (PoolPair p : pool) {
            Map<String, Integer> g = grades.get(p.learnerId());
            if (g == null || !g.containsKey(p.credentialId())) {
                out.add(p);
            }
        }
        return out;
    }
}
