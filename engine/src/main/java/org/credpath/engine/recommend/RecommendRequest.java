package org.credpath.engine.recommend;

import java.util.Objects;

import org.credpath.engine.events.FeedbackCounts;

/**
 * One recommendation request.
 *
 * @param k       items wanted, 1..1000
 * @param filters hard filters on the items
 * @param scope   opaque name handed to the {@link CandidateSource} (e.g. whose catalogue additions
 *                are searched); {@link #NO_SCOPE} when there is none
 * @param feedback the scope's feedback counts for the models' popularity and click-rate features
 *                (at serving: the tenant's stored events); {@link FeedbackCounts#none()} when there are none
 */
public record RecommendRequest(int k, RecommendFilters filters, String scope, FeedbackCounts feedback) {

    /** The scope of callers with only the shipped catalogue (CLI, evaluation). */
    public static final String NO_SCOPE = "";

    public RecommendRequest {
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("k: must be 1..1000, got " + k);
        }
        filters = Objects.requireNonNullElse(filters, RecommendFilters.none());
        scope = Objects.requireNonNullElse(scope, NO_SCOPE);
        feedback = Objects.requireNonNullElse(feedback, FeedbackCounts.none());
    }

    /** A request without feedback. */
    public RecommendRequest(int k, RecommendFilters filters, String scope) {
        this(k, filters, scope, FeedbackCounts.none());
    }

    /** {@code k} items, no filters, no scope. */
    public static RecommendRequest top(int k) {
        return new RecommendRequest(k, RecommendFilters.none(), NO_SCOPE);
    }
}
