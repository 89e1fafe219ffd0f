package org.credpath.api.engine;

import java.util.Objects;

import org.credpath.api.service.CatalogService;
import org.credpath.api.service.ExpectedReturn;
import org.credpath.api.service.Recommendation;
import org.credpath.api.service.RecommendationFilters;
import org.credpath.api.service.RecommendationResult;
import org.credpath.api.service.RecommendationService;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.FeedbackCounts;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.recommend.RecommendFilters;
import org.credpath.engine.recommend.RecommendRequest;
import org.credpath.engine.recommend.Recommendations;
import org.credpath.engine.recommend.Recommender;
import org.credpath.engine.recommend.ReturnSummary;

/**
 * {@link RecommendationService} over the engine's {@link Recommender}: the tenant is the request's
 * scope (the candidate source reads it, {@link IndexedCatalog}) and its stored events' counts feed the
 * models' popularity and click-rate features; the answer is copied into the
 * API's response records with the request id added. No ranking happens here.
 */
public final class EngineRecommendations implements RecommendationService {

    private final Recommender recommender;
    private final CatalogService catalog;

    /** @param catalog where each item's card details (url, provider, cost, ...) are looked up */
    public EngineRecommendations(Recommender recommender, CatalogService catalog) {
        this.recommender = Objects.requireNonNull(recommender, "recommender");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public RecommendationResult recommend(String tenantId, String requestId, Learner learner, int k,
            RecommendationFilters filters) {
        return recommend(tenantId, requestId, learner, k, filters, FeedbackCounts.none());
    }

    @Override
    public RecommendationResult recommend(String tenantId, String requestId, Learner learner, int k,
            RecommendationFilters filters, FeedbackCounts feedback) {
        RecommendationFilters f = filters == null ? RecommendationFilters.none() : filters;
        Recommendations r = recommender.recommend(learner, new RecommendRequest(k,
                new RecommendFilters(f.type(), f.maxHours(), f.maxCostUsd(), f.delivery(), f.excludeUnknownCost()), tenantId,
                feedback));
        return new RecommendationResult(requestId, r.model(), r.modelVersion(),
                OccupationReadingsOf.of(r.currentOccupation(), r.targetOccupation()), r.items().stream()
                .map(i -> item(tenantId, i)).toList(), r.warnings());
    }

    private Recommendation item(String tenantId, org.credpath.engine.recommend.Recommendation i) {
        Credential c = catalog.find(tenantId, i.credentialId()).orElse(null);
        ExpectedReturn er = expectedReturn(i.expectedReturn());
        if (c == null) {
            return new Recommendation(i.credentialId(), i.title(), i.score(), er, i.explanation(), null, null, i.cost(),
                    null, null, null);
        }
        return new Recommendation(i.credentialId(), i.title(), i.score(), er, i.explanation(), c.url(), c.provider(),
                i.cost(), c.hours(), c.language(), c.credentialType() == null ? null : c.credentialType().value());
    }

    static ExpectedReturn expectedReturn(ReturnSummary r) {
        return r == null ? null : new ExpectedReturn(r.medianUsd(), r.p10Usd(), r.p90Usd(), r.meanUsd(),
                r.moveProbability(), r.moveProbabilityWithout(), r.yearlyGainIfCompletedUsd(), r.yearlyGainIfMoveUsd(),
                r.currentWageUsd(), r.unknownCostSteps(), r.horizonYears(), r.summary(), r.drivers());
    }
}
