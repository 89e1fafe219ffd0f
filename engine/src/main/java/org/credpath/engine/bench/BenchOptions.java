package org.credpath.engine.bench;

/**
 * Benchmark settings.
 *
 * @param size        credentials in the resampled catalogue
 * @param threads     indexing threads
 * @param queries     timed queries per mode
 * @param warmup      untimed queries per mode first
 * @param k           results per query
 * @param seed        resampling and query-choice seed
 * @param ramBufferMb indexing RAM buffer
 */
public record BenchOptions(long size, int threads, int queries, int warmup, int k, long seed, double ramBufferMb) {
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
        if (!(ramBufferMb >= 16 && ramBufferMb <= 2000)) {
            throw new IllegalArgumentException("ramBufferMb: must be in 16..2000, got " + ramBufferMb);
        }
    }
}
