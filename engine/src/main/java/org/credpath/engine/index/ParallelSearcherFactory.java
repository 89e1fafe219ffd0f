package org.credpath.engine.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers whose queries run on {@link SearchThreads}, split into one slice per pool thread of
 * about the same number of documents. Lucene's default slicing keeps segments under 250,000
 * documents together in one slice, so an index of two 50,000-document segments would be searched
 * by one thread; here whole segments are balanced over the slices, and a segment much larger than
 * its share is split into document ranges (Lucene 10 intra-segment partitions).
 */
final class ParallelSearcherFactory extends SearcherFactory {

    /** Below this many documents an index is searched as one slice: handing work over would cost more. */
    static final int MIN_PARALLEL_DOCS = 20_000;

    private final Executor executor;
    private final int slices;

    ParallelSearcherFactory(Executor executor, int slices) {
        this.executor = executor;
        this.slices = slices;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves, slices, MIN_PARALLEL_DOCS);
            }
        };
    }

    /**
     * Leaves grouped into about {@code n} slices of similar size (see the class comment); one slice
     * when the index has fewer than {@code minDocs} documents.
     */
    static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int n, long minDocs) {
        long total = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        if (leaves.isEmpty() || total < minDocs || n < 2) {
            return leaves.isEmpty() ? new IndexSearcher.LeafSlice[0]
                    : new IndexSearcher.LeafSlice[] {new IndexSearcher.LeafSlice(
                    leaves.stream().map(IndexSearcher.LeafReaderContextPartition::createForEntireSegment).toList())};
        }
        long share = (total + n - 1) / n;
        List<IndexSearcher.LeafSlice> out = new ArrayList<>();
        List<List<IndexSearcher.LeafReaderContextPartition>> bins = new ArrayList<>();
        long[] binDocs = new long[n];
        for (int i = 0; i < n; i++) {
            bins.add(new ArrayList<>());
        }
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : bySize) {
            int maxDoc = leaf.reader().maxDoc();
            if (maxDoc > share * 3 / 2) {
                out.addAll(partitions(leaf, (int) Math.min(n, (maxDoc + share - 1) / share)));
                continue;
            }
            int lightest = 0;
            for (int b = 1; b < n; b++) {
                if (binDocs[b] < binDocs[lightest]) {
                    lightest = b;
                }
            }
            bins.get(lightest).add(IndexSearcher.LeafReaderContextPartition.createForEntireSegment(leaf));
            binDocs[lightest] += maxDoc;
        }
        for (List<IndexSearcher.LeafReaderContextPartition> bin : bins) {
            if (!bin.isEmpty()) {
                out.add(new IndexSearcher.LeafSlice(bin));
            }
        }
        return out.toArray(new IndexSearcher.LeafSlice[0]);
    }

    /** {@code leaf} split into {@code parts} slices of consecutive document ranges. */
    private static List<IndexSearcher.LeafSlice> partitions(LeafReaderContext leaf, int parts) {
        int maxDoc = leaf.reader().maxDoc();
        List<IndexSearcher.LeafSlice> out = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) maxDoc * p / parts);
            int to = (int) ((long) maxDoc * (p + 1) / parts);
            out.add(new IndexSearcher.LeafSlice(
                    List.of(IndexSearcher.LeafReaderContextPartition.createFromAndTo(leaf, from, to))));
        }
        return out;
    }
}
