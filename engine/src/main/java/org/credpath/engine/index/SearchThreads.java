package org.credpath.engine.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool, shared by every index in the process, that runs the parallel parts of searches:
 * the BM25 and KNN halves of a hybrid query and the slices of one index searched side by side.
 * One daemon thread per core. The thread that asked for the search also works on its parts (Lucene's
 * {@code TaskExecutor} hands the pool one helper per extra part, and the asking thread runs every part
 * no helper has started), so a busy pool delays nothing and cannot deadlock. When every pool thread
 * is busy a helper is not queued at all: under many concurrent searches (a loaded server) each runs
 * on its own thread, without the hand-over cost, and only an idle core takes a share of a search.
 * This executor is meant for Lucene's {@code TaskExecutor} only, whose helpers may be skipped.
 */
public final class SearchThreads {

    /** Pool threads: the machine's cores (at least 2). */
    public static final int SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final Set<Thread> THREADS = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(SIZE, r -> {
        Thread t = new Thread(r, "credpath-search-" + NEXT.incrementAndGet());
        t.setDaemon(true);
        THREADS.add(t);
        return t;
    });

    private SearchThreads() {
    }

    private static final AtomicInteger BUSY = new AtomicInteger();
    private static final Executor HELPERS = helper -> {
        if (BUSY.incrementAndGet() > SIZE) {
            BUSY.decrementAndGet(); // every thread busy: the asking thread runs this part itself
            return;
        }
        POOL.execute(() -> {
            try {
                helper.run();
            } finally {
                BUSY.decrementAndGet();
            }
        });
    };

    static Executor executor() {
        return HELPERS;
    }

    /**
     * CPU time (nanoseconds) the pool's threads have used so far; with the calling thread's own CPU
     * time this is what a search cost (benchmarks), whichever threads ran its parts.
     */
    public static long cpuNanos() {
        long sum = 0;
        for (long c : cpuNanosByThread().values()) {
            sum += c;
        }
        return sum;
    }

    /** CPU time (nanoseconds) each pool thread has used so far, by thread id. */
    public static java.util.Map<Long, Long> cpuNanosByThread() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (Thread t : THREADS) {
            long c = mx.getThreadCpuTime(t.threadId());
            if (c > 0) {
                out.put(t.threadId(), c);
            }
        }
        return out;
    }
}
