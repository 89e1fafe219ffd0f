package org.credpath.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.SearchMode;
import org.credpath.engine.index.SearchRequest;

/**
 * Query latency per retrieval mode: queries are real credential titles (a seeded sample of the
 * base catalogue), run one after another on one thread, end to end (query analysis, query
 * vector from the skill tagger and embeddings, search, stored fields of the top k).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static BenchReports.SearchReport run(CatalogIndex index, List<String> queryPool, BenchOptions o) {
        Random rnd = new Random(o.seed());
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < o.warmup() + o.queries(); i++) {
            queries.add(queryPool.get(rnd.nextInt(queryPool.size())));
        }
        List<BenchReports.Latency> out = new ArrayList<>();
        for (SearchMode mode : SearchMode.values()) {
            long[] nanos = new long[o.queries()];
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                try {
                    index.search(SearchRequest.text(queries.get(i), o.k(), mode));
                } catch (IllegalArgumentException e) {
                    // e.g. no known skill in the title for KNN: a clear message, timed like any other query
                }
                long dt = System.nanoTime() - t0;
                if (i >= o.warmup()) {
                    nanos[i - o.warmup()] = dt;
                }
            }
            out.add(BenchReports.latency(mode.name().toLowerCase(java.util.Locale.ROOT), nanos));
        }
        return new BenchReports.SearchReport(index.size(), index.segmentCount(), out, BenchReports.rssMb(),
                BenchReports.loadAverage());
    }
}
