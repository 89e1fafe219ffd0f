/**
 * The judged relevance set ({@code datasets/judged}): hand-written learners with a dev/test split
 * and ESCO major group, graded (learner, credential) pairs (0-3, {@code datasets/judged/RUBRIC.md}),
 * and graded ranking metrics.
 *
 * <p>{@link org.credpath.engine.eval.judged.JudgedSetReader} reads the files strictly (every
 * problem named by file, line and field); {@link org.credpath.engine.eval.judged.JudgedMetrics}
 * scores ranked lists: nDCG@10 (gain 2^grade - 1, ideal from all judged items of the learner),
 * P@5 (grade >= 2), the shares of top-10 slots graded 0 and left unjudged, with seeded
 * bootstrap intervals, per learner and per group;
 * {@link org.credpath.engine.eval.judged.PairedComparison} compares two systems on the same learners.
 *
 * <p>How {@code credpath eval judged} is meant to call it (to be wired once the engine
 * recommender exists): read the set, rank for every learner of the chosen half with each model
 * (the served pipeline: retrieve, filter, rank; top 10 or more), then report:
 * <pre>{@code
 * JudgedSet set = JudgedSetReader.read(home.datasets().resolve("judged"));
 * JudgedMetrics metrics = new JudgedMetrics(set, 2000, seed);
 * Map<String, List<String>> lists = new LinkedHashMap<>();
 * for (JudgedLearner l : set.learners(Split.TEST)) {
 *     lists.put(l.id(), recommender.recommend(l.learner(), 10).ids());   // empty list when nothing is returned
 * }
 * JudgedReport report = metrics.evaluate("ranker-default", lists, Split.TEST);
 * PairedComparison vsPrior = PairedComparison.of(report, gapCoverageReport, JudgedMetrics.NDCG10, 2000, seed);
 * }</pre>
 * Tune on {@link org.credpath.engine.eval.judged.Split#DEV} only; use {@code TEST} for reported
 * figures. Always print {@code unjudged@10} beside nDCG and P@5: a list full of credentials the
 * assessors never saw scores low because nobody graded it, not because it was judged irrelevant
 * (re-pool and grade the new pairs before reporting such a system).
 */
package org.credpath.engine.eval.judged;
