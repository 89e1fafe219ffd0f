package org.credpath.api.engine;

import java.util.Objects;

import org.credpath.api.service.ExpectedReturn;
import org.credpath.api.service.Recommendation;
import org.credpath.api.service.RecommendationFilters;
import org.credpath.api.service.RecommendationResult;
import org.credpath.api.service.RecommendationService;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.recommend.RecommendFilters;
import org.credpath.engine.recommend.RecommendRequest;
import org.credpath.engine.recommend.Recommendations;
import org.credpath.engine.recommend.Recommender;
import org.credpath.engine.recommend.ReturnSummary;

/**
 * {@link RecommendationService} over the engine's {@link Recommender}: the tenant is the request's
 * scope (the candidate source reads it, {@link IndexedCatalog}); the answer is copied into the
 * API's response records with the request id added. No ranking happens here.
 */
public final class EngineRecommendations implements RecommendationService {

    private final Recommender recommender;

    public EngineRecommendations(Recommender recommender) {
        this.recommender = Objects.requireNonNull(recommender, "recommender");
    }

    @Override
    public RecommendationResult recommend(String tenantId, String requestId, Learner learner, int k,
            RecommendationFilters filters) {
        RecommendationFilters f = filters == null ? RecommendationFilters.none() : filters;
        Recommendations r = recommender.recommend(learner, new RecommendRequest(k,
                new RecommendFilters(f.type(), f.maxHours(), f.maxCostUsd(), f.delivery(), f.excludeUnknownCost()), tenantId));
        return new RecommendationResult(requestId, r.model(), r.modelVersion(), r.items().stream()
                .map(i -> new Recommendation(i.credentialId(), i.title(), i.score(), i.cost(), expectedReturn(i.expectedReturn()),
                        i.explanation())).toList(), r.warnings());
    }

    static ExpectedReturn expectedReturn(ReturnSummary r) {
        return r == null ? null : new ExpectedReturn(r.medianUsd(), r.p10Usd(), r.p90Usd(), r.meanUsd(),
                r.moveProbability(), r.moveProbabilityWithout(), r.yearlyGainIfCompletedUsd(), r.yearlyGainIfMoveUsd(),
                r.currentWageUsd(), r.unknownCostSteps(), r.horizonYears(), r.summary(), r.drivers());
    }
}
