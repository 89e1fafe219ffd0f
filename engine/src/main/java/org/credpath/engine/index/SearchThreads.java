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
 * {@code TaskExecutor} runs a part itself when no pool thread has started it), so a busy pool
 * delays nothing and cannot deadlock.
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

    static Executor executor() {
        return POOL;
    }

    /**
     * CPU time (nanoseconds) the pool's threads have used so far; with the calling thread's own CPU
     * time this is what a search cost (benchmarks), whichever threads ran its parts.
     */
    public static long cpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : THREADS) {
            long c = mx.getThreadCpuTime(t.threadId());
            if (c > 0) {
                sum += c;
            }
        }
        return sum;
    }
}
