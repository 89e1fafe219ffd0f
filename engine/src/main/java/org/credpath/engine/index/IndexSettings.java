package org.credpath.engine.index;

/**
 * How the index is written and searched.
 *
 * @param ramBufferMb   indexing RAM buffer before a segment is flushed
 * @param hnswM         HNSW graph: neighbours per node
 * @param hnswBeamWidth HNSW graph: candidates considered while inserting (build cost grows with it)
 * @param quantizedBits 0: the graph compares float vectors; 1, 2, 4, 7 or 8: it compares vectors
 *                      scalar-quantised to that many bits per dimension (Lucene 10.6
 *                      {@code Lucene104HnswScalarQuantizedVectorsFormat}; the floats are kept too)
 * @param parallelSearch run the BM25 and KNN halves of a hybrid query, and slices of the index, side
 *                      by side on {@link SearchThreads} (false: every search on the caller's thread alone)
 */
public record IndexSettings(double ramBufferMb, int hnswM, int hnswBeamWidth, int quantizedBits,
                            boolean parallelSearch) {

    /**
     * HNSW M 16 (Lucene's default) and beam width 50 (Lucene's default is 100): on the 100k
     * benchmark catalogue beam 50 built the graph with ~40 % less CPU at the same KNN recall@10
     * (0.990 vs 0.991, docs/search.md); a 256 MB buffer; parallel search.
     */
    public static final IndexSettings DEFAULTS = new IndexSettings(256, 16, 50, 0, true);

    public IndexSettings {
        if (!(ramBufferMb >= 1 && ramBufferMb <= 2048)) {
            throw new IllegalArgumentException("ramBufferMb: must be in 1..2048, got " + ramBufferMb);
        }
        if (hnswM < 2 || hnswM > 512) {
            throw new IllegalArgumentException("hnswM: must be in 2..512, got " + hnswM);
        }
        if (hnswBeamWidth < 2 || hnswBeamWidth > 3200) {
            throw new IllegalArgumentException("hnswBeamWidth: must be in 2..3200, got " + hnswBeamWidth);
        }
        if (!java.util.Set.of(0, 1, 2, 4, 7, 8).contains(quantizedBits)) {
            throw new IllegalArgumentException("quantizedBits: must be 0 (float vectors), 1, 2, 4, 7 or 8, got " + quantizedBits);
        }
    }

    /** These settings with parallel search on or off. */
    public IndexSettings withParallelSearch(boolean on) {
        return new IndexSettings(ramBufferMb, hnswM, hnswBeamWidth, quantizedBits, on);
    }
}
