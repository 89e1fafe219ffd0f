package org.credpath.engine.index;

import java.util.Locale;

/** How candidates are retrieved: text relevance, vector similarity, or both fused. */
public enum SearchMode {
    BM25, KNN, HYBRID;

    /** Parses {@code bm25|knn|hybrid} (case-insensitive) with a clear message otherwise. */
    public static SearchMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("mode: expected bm25, knn or hybrid, got '" + text + "'");
        }
    }
}
