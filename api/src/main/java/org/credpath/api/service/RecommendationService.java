package org.credpath.api.service;

import org.credpath.engine.events.FeedbackCounts;
import org.credpath.engine.learner.Learner;

/** Ranks credentials for a learner. */
public interface RecommendationService {
    /**
     * @param requestId id to echo in the result and in later feedback events
     * @param k         1..1000, already validated
     */
    RecommendationResult recommend(String tenantId, String requestId, Learner learner, int k,
            RecommendationFilters filters);

    /**
     * As above, with the tenant's feedback counts for the models' popularity and click-rate features
     * (services without such features ignore them).
     */
    default RecommendationResult recommend(String tenantId, String requestId, Learner learner, int k,
            RecommendationFilters filters, FeedbackCounts feedback) {
        return recommend(tenantId, requestId, learner, k, filters);
    }
}
