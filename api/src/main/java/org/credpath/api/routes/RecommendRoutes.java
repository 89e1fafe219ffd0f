package org.credpath.api.routes;

import java.util.Optional;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.auth.Principal;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.RecommendationFilters;
import org.credpath.api.service.RecommendationService;
import org.credpath.engine.learner.Learner;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /v1/recommendations} (pathways: {@link PathwayRoutes}). */
public final class RecommendRoutes {

    /** Body of {@code POST /v1/recommendations}: exactly one of learner and learnerId. */
    public record RecommendationRequest(Learner learner, String learnerId, Integer k, RecommendationFilters filters) {
    }

    private final Optional<RecommendationService> recommender;
    private final LearnerInput learners;
    private final RequestBodies bodies;

    public RecommendRoutes(Optional<RecommendationService> recommender, LearnerRoutes learners, RequestBodies bodies) {
        this.recommender = recommender;
        this.learners = new LearnerInput(learners);
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/recommendations", this::recommend, Access.READ);
    }

    private void recommend(Context ctx) {
        Principal p = AuthFilter.principal(ctx);
        RecommendationRequest body = bodies.json(ctx, RecommendationRequest.class);
        int k = body.k() == null ? 10 : QueryParams.checkRange("k", body.k(), 1, 1000);
        Learner learner = learners.resolve(p, body.learner(), body.learnerId());
        RecommendationService svc = recommender.orElseThrow(() -> ProblemException.unavailable("recommendation"));
        RecommendationFilters filters = body.filters() == null ? RecommendationFilters.none() : body.filters();
        ctx.json(svc.recommend(p.tenantId(), Ids.next("r-"), learner, k, filters));
    }
}
