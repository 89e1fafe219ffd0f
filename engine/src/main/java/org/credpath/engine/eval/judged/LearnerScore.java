package org.credpath.engine.eval.judged;

/**
 * One learner's figures for one ranked list. A {@code null} figure is undefined for this learner
 * and left out of the means (and counted as such in {@link MetricSummary#undefined()}).
 *
 * @param shown            items in the top 10 (the list may be shorter)
 * @param ndcg10           nDCG@10, gain 2^grade - 1, log2 discount, unjudged items gain 0; ideal from
 *                         all judged items of the learner; {@code null} when no item is graded above 0
 * @param ndcg10Condensed  the same on the list with unjudged items removed first
 * @param precision5       share of the 5 top slots graded >= 2 (unjudged and empty slots count as misses)
 * @param irrelevant10     share of the shown top-10 slots graded 0; {@code null} when nothing is shown
 * @param unjudged10       share of the shown top-10 slots without a judgment; {@code null} when nothing is shown
 */
public record LearnerScore(String learnerId, String group, Split split, int shown, Double ndcg10,
        Double ndcg10Condensed, double precision5, Double irrelevant10, Double unjudged10) {
}
