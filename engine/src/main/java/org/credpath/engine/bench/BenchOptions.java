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
 */
public record BenchOptions(long size, int threads, int queries, int warmup, int k, long seed, IndexSettings index,
                           boolean withVectors) {
    public BenchOptions {
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
