package org.credpath.engine.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Reads hits as {@link ScoredId}s for {@link CatalogIndex#searchIds}: ids from doc values, no stored fields. */
final class HitIds {

    private HitIds() {
    }

    /**
     * Ids and scores of the first {@code k} hits. Ids come from the id field's doc values: ords are
     * read in doc-id order (forward-only iterators), then resolved to terms in ord order, stepping
     * through the terms dictionary instead of seeking (each seek decompresses a block of terms).
     */
    static List<ScoredId> read(IndexSearcher s, TopDocs top, int k) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int n = Math.min(k, docs.length);
        Integer[] byDoc = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        String[] ids = new String[n];
        for (int from = 0; from < n; ) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[byDoc[from]].doc, leaves));
            int to = from;
            while (to < n && docs[byDoc[to]].doc < leaf.docBase + leaf.reader().maxDoc()) {
                to++;
            }
            leafIds(leaf, docs, Arrays.copyOfRange(byDoc, from, to), ids);
            from = to;
        }
        List<ScoredId> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ScoredId(ids[i], docs[i].score));
        }
        return out;
    }

    /** Terms closer than this many ords are reached by stepping forward rather than seeking. */
    private static final int STEP_NOT_SEEK = 64;

    /** Fills {@code ids} at {@code positions} (hits of one leaf, in doc-id order). */
    private static void leafIds(LeafReaderContext leaf, ScoreDoc[] docs, Integer[] positions, String[] ids)
            throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), CredentialDocuments.ID);
        long[] ords = new long[docs.length];
        for (int i : positions) {
            if (!values.advanceExact(docs[i].doc - leaf.docBase)) {
                throw new IllegalStateException("index: document " + docs[i].doc + " has no id doc values");
            }
            ords[i] = values.nextOrd();
        }
        Arrays.sort(positions, Comparator.comparingLong(i -> ords[i]));
        TermsEnum terms = values.termsEnum();
        long at = -1;
        String id = null;
        for (int i : positions) {
            long ord = ords[i];
            if (ord != at) {
                if (at >= 0 && ord - at <= STEP_NOT_SEEK) {
                    while (at < ord) {
                        terms.next();
                        at++;
                    }
                } else {
                    terms.seekExact(ord);
                    at = ord;
                }
                id = terms.term().utf8ToString();
            }
            ids[i] = id;
        }
    }
}
