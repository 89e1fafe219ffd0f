package org.credpath.engine.bench;

import org.credpath.engine.index.IndexSettings;

/**
 * Benchmark settings.
 *
 * @param size        credentials in the resampled catalogue
 * @param threads     indexing threads
 * @param queries     timed queries per mode
 * @param warmup      untimed queries per mode first
 * @param k           results per query
 * @param seed        resampling and query-choice seed
 * @param index       index writer settings (RAM buffer, HNSW M and beam width)
 * @param withVectors index the credential vectors (false: text and filters only, to see the HNSW share of the cost)
 * @param runs        timed passes over the queries; percentiles are medians over the passes
 * @param titleQueries use whole real titles as queries (the first benchmark's query set) instead of short
 *                    user-like queries
 */
public record BenchOptions(long size, int threads, int queries, int warmup, int k, long seed, IndexSettings index,
                           boolean withVectors, int runs, boolean titleQueries) {
    public BenchOptions {
        if (runs < 1 || runs > 50) {
            throw new IllegalArgumentException("runs: must be in 1..50, got " + runs);
        }
        if (size < 1 || size > 100_000_000L) {
            throw new IllegalArgumentException("size: must be in 1..100000000, got " + size);
        }
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads: must be in 1..64, got " + threads);
        }
        if (queries < 1 || warmup < 0) {
            throw new IllegalArgumentException("queries: must be >= 1 and warmup >= 0, got " + queries + " and " + warmup);
        }
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("k: must be in 1..1000, got " + k);
        }
        java.util.Objects.requireNonNull(index, "index");
    }
}
