package org.credpath.engine.returns;

import java.util.SplittableRandom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The seeded Monte Carlo draws of the return model's uncertain inputs, one column per input. They
 * depend only on the seed and the number of draws, so they are drawn once ({@link #of}) and read by
 * every estimate: the values are exactly those {@link ExpectedReturnModel.Draw#next} gives in order.
 */
final class DrawTable {

    /** Tables remembered at most (one per seed and draw count in use). */
    static final int TABLES = 16;

    private record Key(long seed, int draws) {
    }

    private static final Cache<Key, DrawTable> TABLE_CACHE = Caffeine.newBuilder().maximumSize(TABLES).build();

    final double[] firstRelevant;
    final double[] furtherRelevant;
    final double[] irrelevant;
    final double[] completionShift;
    final double[] moveScale;
    final double[] rank;

    private DrawTable(long seed, int draws) {
        firstRelevant = new double[draws];
        furtherRelevant = new double[draws];
        irrelevant = new double[draws];
        completionShift = new double[draws];
        moveScale = new double[draws];
        rank = new double[draws];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int k = 0; k < draws; k++) {
            ExpectedReturnModel.Draw d = ExpectedReturnModel.Draw.next(rnd);
            firstRelevant[k] = d.firstRelevant();
            furtherRelevant[k] = d.furtherRelevant();
            irrelevant[k] = d.irrelevant();
            completionShift[k] = d.completionShift();
            moveScale[k] = d.moveScale();
            rank[k] = d.rank();
        }
    }

    /** The first {@code draws} draws of {@code seed}. */
    static DrawTable of(long seed, int draws) {
        return TABLE_CACHE.get(new Key(seed, draws), k -> new DrawTable(k.seed(), k.draws()));
    }

    int size() {
        return rank.length;
    }
}
