package org.credpath.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.index.SearchMode;
import org.credpath.engine.index.SearchRequest;
import org.credpath.engine.index.SearchThreads;

/**
 * Query latency per retrieval mode: queries are a seeded sample of a query set drawn from the real
 * catalogue ({@link QueryPool} short queries by default), run one after another on one thread, end
 * to end (query analysis, query vector from the skill tagger and embeddings, search, stored fields
 * of the top k; parts run on the {@link SearchThreads} pool when the index searches in parallel). After a warm-up, {@code runs} timed passes go over the same queries (modes
 * interleaved per pass); each percentile is the median over the passes. Also KNN recall@10 against
 * brute force.
 */
public final class SearchBenchmark {

    /** Query vectors checked for KNN recall. */
    static final int RECALL_QUERIES = 100;

    private SearchBenchmark() {
    }

    public static BenchReports.SearchReport run(CatalogIndex index, BenchSetup setup, BenchOptions o) {
        List<String> pool = setup.queries(o);
        Random rnd = new Random(o.seed());
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < o.warmup() + o.queries(); i++) {
            queries.add(pool.get(rnd.nextInt(pool.size())));
        }
        SearchMode[] modes = SearchMode.values();
        for (SearchMode mode : modes) {
            for (int i = 0; i < o.warmup(); i++) {
                timeOne(index, queries.get(i), o.k(), mode, null);
            }
        }
        long[][][] wall = new long[modes.length][o.runs()][o.queries()];
        long[][][] cpu = new long[modes.length][o.runs()][o.queries()];
        long[][][] bound = new long[modes.length][o.runs()][o.queries()];
        for (int run = 0; run < o.runs(); run++) {
            for (int m = 0; m < modes.length; m++) {
                for (int i = 0; i < o.queries(); i++) {
                    long[] t = timeOne(index, queries.get(o.warmup() + i), o.k(), modes[m], THREADS);
                    wall[m][run][i] = t[0];
                    cpu[m][run][i] = t[1];
                    bound[m][run][i] = t[2];
                }
            }
        }
        List<BenchReports.Latency> out = new ArrayList<>();
        for (int m = 0; m < modes.length; m++) {
            out.add(BenchReports.latency(modes[m].name().toLowerCase(java.util.Locale.ROOT), wall[m], cpu[m], bound[m],
                    queries.subList(o.warmup(), queries.size())));
        }
        List<float[]> recallVectors = queryVectors(setup.vectors(), queries.subList(o.warmup(), queries.size()));
        return new BenchReports.SearchReport(index.size(), index.segmentCount(), o.index().parallelSearch(),
                o.titleQueries() ? "whole real titles" : "short queries (title words, skill labels)", out,
                recall(index, recallVectors, 10), recallVectors.size(), BenchReports.rssMb(), BenchReports.loadAverage());
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Wall and (when {@code threads} is given) CPU nanoseconds of one search: this thread's CPU time
     * plus that of the {@link SearchThreads} pool, which runs parts of it when search is parallel;
     * and a lower bound on its wall time on an idle machine with {@link SearchThreads#SIZE} cores:
     * the CPU time of its busiest thread, or its total CPU time spread over the cores when that is more.
     */
    private static long[] timeOne(CatalogIndex index, String query, int k, SearchMode mode, ThreadMXBean threads) {
        Map<Long, Long> pool0 = threads == null ? Map.of() : SearchThreads.cpuNanosByThread();
        long c0 = threads == null ? 0 : threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            index.search(SearchRequest.text(query, k, mode));
        } catch (IllegalArgumentException e) {
            // e.g. no known skill in the query for KNN: a clear message, timed like any other query
        }
        long dt = System.nanoTime() - t0;
        if (threads == null) {
            return new long[] {dt, 0, 0};
        }
        long own = threads.getCurrentThreadCpuTime() - c0;
        long total = own;
        long busiest = own;
        for (Map.Entry<Long, Long> e : SearchThreads.cpuNanosByThread().entrySet()) {
            long used = e.getValue() - pool0.getOrDefault(e.getKey(), 0L);
            total += used;
            busiest = Math.max(busiest, used);
        }
        return new long[] {dt, total, Math.max(busiest, (total + SearchThreads.SIZE - 1) / SearchThreads.SIZE)};
    }

    private static List<float[]> queryVectors(CredentialVectors vectors, List<String> queries) {
        List<float[]> out = new ArrayList<>();
        for (String q : queries) {
            Optional<float[]> v = vectors.query(q, List.of());
            v.ifPresent(out::add);
            if (out.size() == RECALL_QUERIES) {
                break;
            }
        }
        return out;
    }

    /** Mean share of the exact top {@code k} that HNSW returns (1.0 when there are no vectors to check). */
    static double recall(CatalogIndex index, List<float[]> vectors, int k) {
        if (vectors.isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        for (float[] v : vectors) {
            Set<String> exact = new HashSet<>(index.nearestIds(v, k, true));
            if (exact.isEmpty()) {
                sum += 1;
                continue;
            }
            long found = index.nearestIds(v, k, false).stream().filter(exact::contains).count();
            sum += (double) found / exact.size();
        }
        return sum / vectors.size();
    }
}
