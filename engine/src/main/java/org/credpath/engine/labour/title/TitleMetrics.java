package org.credpath.engine.labour.title;

/**
 * Title resolution quality on a labelled set.
 *
 * @param queries number of titles evaluated
 * @param top1    share whose true occupation is ranked first
 * @param top3    share whose true occupation is in the first 3
 * @param top10   share whose true occupation is in the first 10
 * @param mrr     mean reciprocal rank (0 when not in the first {@link TitleEvaluation#CUTOFF})
 */
public record TitleMetrics(int queries, double top1, double top3, double top10, double mrr) {
    public TitleMetrics {
        if (queries < 0) {
            throw new IllegalArgumentException("queries must be >= 0, got " + queries);
        }
    }
}
