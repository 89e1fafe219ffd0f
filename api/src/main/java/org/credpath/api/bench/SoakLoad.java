package org.credpath.api.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load generator at a fixed rate: a dispatcher schedules request {@code i} at
 * {@code start + i / rate} and hands it to {@code workers} sender threads. Latency is measured from
 * the scheduled time, so a server that falls behind shows it (queueing included) instead of slowing
 * the load down. A request that finds {@value #BACKLOG} others waiting is skipped and counted.
 * Results are kept per interval (a minute for {@code bench soak}).
 */
public final class SoakLoad {
    static final int BACKLOG = 10_000;

    /** One interval: requests scheduled in it, failures, latency percentiles and the heap used at its end (no GC forced). */
    public record Interval(int index, long requests, long errors, long serverErrors, double requestsPerSecond,
            double p50Ms, double p99Ms, double maxMs, long heapUsedMb) {
    }

    /** Per request kind: how many, how many failed (no answer or 4xx/5xx), how many 5xx. */
    public record KindCount(String kind, long requests, long errors, long serverErrors) {
    }

    /**
     * @param skipped     requests not sent because the backlog was full
     * @param firstError  the first failure (kind, status and start of the body), or null
     */
    public record Result(double targetRequestsPerSecond, double seconds, long requests, long errors, long serverErrors,
            long skipped, double requestsPerSecond, Latencies latency, List<Interval> intervals, List<KindCount> kinds,
            String firstError) {
    }

    private record Ticket(int index, long scheduledNanos) {
    }

    /** What one interval collects. */
    private static final class Bucket {
        final LongAdder requests = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder serverErrors = new LongAdder();
        final List<Long> nanos = new ArrayList<>();
        volatile long heapUsedMb = -1;

        synchronized void add(long latencyNanos) {
            nanos.add(latencyNanos);
        }

        synchronized long[] latencies() {
            return nanos.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private final HttpLoad http;
    private final int workers;

    public SoakLoad(HttpLoad http, int workers) {
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("workers: must be 1..256, got " + workers);
        }
        this.http = http;
        this.workers = workers;
    }

    /** Sends {@code calls.apply(i)} at {@code rate} per second for {@code seconds}, reporting every {@code intervalSeconds}. */
    public Result run(IntFunction<HttpLoad.Call> calls, double rate, double seconds, double intervalSeconds,
            PrintStream progress) {
        int n = (int) Math.ceil(seconds / intervalSeconds);
        List<Bucket> buckets = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            buckets.add(new Bucket());
        }
        Map<String, Bucket> kinds = new ConcurrentHashMap<>();
        AtomicReference<String> firstError = new AtomicReference<>();
        BlockingQueue<Ticket> queue = new ArrayBlockingQueue<>(BACKLOG);
        long start = System.nanoTime();
        long intervalNanos = (long) (intervalSeconds * 1e9);
        AtomicBoolean dispatched = new AtomicBoolean();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < workers; t++) {
            senders.add(Thread.ofPlatform().name("bench-soak-" + t).start(() -> {
                String[] error = new String[1];
                while (true) {
                    Ticket ticket;
                    try {
                        ticket = queue.poll(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (ticket == null) {
                        if (dispatched.get() && queue.isEmpty()) {
                            return;
                        }
                        continue;
                    }
                    HttpLoad.Call call = calls.apply(ticket.index());
                    error[0] = null;
                    int status = http.call(call, error);
                    long latency = System.nanoTime() - ticket.scheduledNanos();
                    Bucket b = buckets.get((int) Math.min(n - 1, (ticket.scheduledNanos() - start) / intervalNanos));
                    Bucket k = kinds.computeIfAbsent(call.kind(), x -> new Bucket());
                    for (Bucket x : List.of(b, k)) {
                        x.requests.increment();
                        if (status < 200 || status >= 400) {
                            x.errors.increment();
                        }
                        if (status >= 500) {
                            x.serverErrors.increment();
                        }
                    }
                    b.add(latency);
                    if (error[0] != null) {
                        firstError.compareAndSet(null, error[0]);
                    }
                }
            }));
        }
        long skipped = dispatch(queue, rate, seconds, start, intervalNanos, buckets, progress);
        dispatched.set(true);
        for (Thread s : senders) {
            try {
                s.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("soak interrupted", e);
            }
        }
        buckets.get(n - 1).heapUsedMb = heapUsedMb();
        return result(rate, (System.nanoTime() - start) / 1e9, intervalSeconds, buckets, kinds, skipped, firstError.get());
    }

    /** Schedules the requests; returns how many were skipped because the backlog was full. */
    private static long dispatch(BlockingQueue<Ticket> queue, double rate, double seconds, long start, long intervalNanos,
            List<Bucket> buckets, PrintStream progress) {
        long end = start + (long) (seconds * 1e9);
        long skipped = 0;
        int interval = 0;
        for (int i = 0;; i++) {
            long at = start + (long) (i * 1e9 / rate);
            if (at >= end) {
                return skipped;
            }
            long wait;
            while ((wait = at - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int now = (int) ((at - start) / intervalNanos);
            if (now > interval && now < buckets.size()) {
                buckets.get(interval).heapUsedMb = heapUsedMb();
                progress.printf("bench soak: interval %d of %d: %d requests, %d errors, %d 5xx%n", interval + 1,
                        buckets.size(), buckets.get(interval).requests.sum(), buckets.get(interval).errors.sum(),
                        buckets.get(interval).serverErrors.sum());
                interval = now;
            }
            if (!queue.offer(new Ticket(i, at))) {
                skipped++;
            }
        }
    }

    private static Result result(double rate, double seconds, double intervalSeconds, List<Bucket> buckets,
            Map<String, Bucket> kinds, long skipped, String firstError) {
        List<Interval> intervals = new ArrayList<>();
        List<long[]> all = new ArrayList<>();
        long requests = 0;
        long errors = 0;
        long serverErrors = 0;
        for (int b = 0; b < buckets.size(); b++) {
            Bucket x = buckets.get(b);
            long[] lat = x.latencies();
            all.add(lat.clone());
            Latencies l = Latencies.of(lat, lat.length);
            intervals.add(new Interval(b, x.requests.sum(), x.errors.sum(), x.serverErrors.sum(),
                    Math.round(x.requests.sum() / intervalSeconds * 10) / 10.0, l.p50Ms(), l.p99Ms(), l.maxMs(),
                    x.heapUsedMb));
            requests += x.requests.sum();
            errors += x.errors.sum();
            serverErrors += x.serverErrors.sum();
        }
        long[] every = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        Map<String, Bucket> sorted = new TreeMap<>(kinds);
        List<KindCount> kc = sorted.entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue().requests.sum(),
                e.getValue().errors.sum(), e.getValue().serverErrors.sum())).toList();
        return new Result(rate, Math.round(seconds * 100) / 100.0, requests, errors, serverErrors, skipped,
                Math.round(requests / seconds * 10) / 10.0, Latencies.of(every, every.length), intervals, kc, firstError);
    }

    /** Heap in use now, in MB (no collection forced). */
    static long heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /** Heap in use right after a full collection, in MB: what the application holds. */
    public static long heapUsedAfterGcMb() {
        System.gc();
        return heapUsedMb();
    }
}
