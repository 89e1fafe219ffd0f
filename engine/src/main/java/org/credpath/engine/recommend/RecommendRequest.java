package org.credpath.engine.recommend;

import java.util.Objects;

/**
 * One recommendation request.
 *
 * @param k       items wanted, 1..1000
 * @param filters hard filters on the items
 * @param scope   opaque name handed to the {@link CandidateSource} (e.g. whose catalogue additions
 *                are searched); {@link #NO_SCOPE} when there is none
 */
public record RecommendRequest(int k, RecommendFilters filters, String scope) {

    /** The scope of callers with only the shipped catalogue (CLI, evaluation). */
    public static final String NO_SCOPE = "";

    public RecommendRequest {
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("k: must be 1..1000, got " + k);
        }
        filters = Objects.requireNonNullElse(filters, RecommendFilters.none());
        scope = Objects.requireNonNullElse(scope, NO_SCOPE);
    }

    /** {@code k} items, no filters, no scope. */
    public static RecommendRequest top(int k) {
        return new RecommendRequest(k, RecommendFilters.none(), NO_SCOPE);
    }
}
