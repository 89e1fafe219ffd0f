package org.credpath.engine.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.PriorityQueue;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.VectorUtil;

/** Brute-force nearest neighbours by dot product over every live vector: the truth HNSW recall is measured against. */
final class ExactVectors {

    private ExactVectors() {
    }

    static TopDocs nearest(IndexReader reader, String field, float[] query, int k) throws IOException {
        PriorityQueue<ScoreDoc> heap = new PriorityQueue<>(k + 1, (a, b) -> Float.compare(a.score, b.score));
        long seen = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                seen++;
                float score = VectorUtil.dotProduct(query, values.vectorValue(it.index()));
                if (heap.size() < k) {
                    heap.add(new ScoreDoc(leaf.docBase + doc, score));
                } else if (score > heap.peek().score) {
                    heap.poll();
                    heap.add(new ScoreDoc(leaf.docBase + doc, score));
                }
            }
        }
        ScoreDoc[] out = heap.toArray(new ScoreDoc[0]);
        Arrays.sort(out, (a, b) -> Float.compare(b.score, a.score));
        return new TopDocs(new TotalHits(seen, TotalHits.Relation.EQUAL_TO), out);
    }
}
