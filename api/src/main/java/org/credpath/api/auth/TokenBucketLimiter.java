package org.credpath.api.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-key token buckets: each key holds up to {@code burst} tokens, refilled at
 * {@code ratePerMinute}; a request takes one token. The clock is injected so tests are exact.
 */
public final class TokenBucketLimiter {
    private static final double NANOS_PER_MINUTE = 60e9;

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public TokenBucketLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Takes one token from {@code key}'s bucket.
     *
     * @return 0 when allowed, otherwise the whole seconds (>= 1) until a token is available
     */
    public long tryAcquire(String key, int ratePerMinute, int burst) {
        long now = nanoClock.getAsLong();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            double refill = (now - b.last) * ratePerMinute / NANOS_PER_MINUTE;
            b.tokens = Math.min(burst, b.tokens + Math.max(0, refill));
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            double waitNanos = (1 - b.tokens) * NANOS_PER_MINUTE / ratePerMinute;
            return Math.max(1, (long) Math.ceil(waitNanos / 1e9));
        }
    }
}
