package org.credpath.engine.eval.judged;

/**
 * The mean of one metric over learners, with a seeded percentile-bootstrap 95 % interval.
 *
 * @param metric    {@code ndcg@10}, {@code ndcg@10-condensed}, {@code p@5}, {@code irrelevant@10} or
 *                  {@code unjudged@10}
 * @param learners  learners for which the metric is defined (the mean is over these)
 * @param undefined learners left out because the metric is undefined for them
 * @param mean      {@code null} when no learner has a value
 * @param lo        lower end of the 95 % interval, {@code null} with the mean
 * @param hi        upper end, {@code null} with the mean
 */
public record MetricSummary(String metric, int learners, int undefined, Double mean, Double lo, Double hi) {
}
