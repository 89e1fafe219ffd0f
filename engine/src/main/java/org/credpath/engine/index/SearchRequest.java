package org.credpath.engine.index;

import java.util.List;
import java.util.Objects;

/**
 * One retrieval: free text and/or ESCO skill URIs (e.g. a learner's gap skills), filters, how
 * many results and how to retrieve them. At least one of {@code text} or {@code skills} is needed.
 *
 * @param text   user text, always treated as plain words (never Lucene syntax); may be null
 * @param skills ESCO skill URIs whose embedding centroid drives the KNN side; may be empty
 */
public record SearchRequest(String text, List<String> skills, SearchFilters filters, int k, SearchMode mode) {

    public static final int MAX_K = 1000;

    public SearchRequest {
        skills = List.copyOf(Objects.requireNonNullElse(skills, List.of()));
        filters = Objects.requireNonNullElse(filters, SearchFilters.NONE);
        mode = Objects.requireNonNullElse(mode, SearchMode.HYBRID);
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k: must be between 1 and " + MAX_K + ", got " + k);
        }
        if ((text == null || text.isBlank()) && skills.isEmpty()) {
            throw new IllegalArgumentException("query: empty; give some words to search for (or skills)");
        }
    }

    public static SearchRequest text(String text, int k, SearchMode mode) {
        return new SearchRequest(text, List.of(), SearchFilters.NONE, k, mode);
    }

    public SearchRequest withFilters(SearchFilters f) {
        return new SearchRequest(text, skills, f, k, mode);
    }
}
