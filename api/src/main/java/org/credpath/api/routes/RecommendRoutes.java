package org.credpath.api.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.auth.Principal;
import org.credpath.api.http.ApiJson;
import org.credpath.api.http.FieldError;
import org.credpath.api.http.Problem;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.Pathway;
import org.credpath.api.service.PathwayService;
import org.credpath.api.service.RecommendationFilters;
import org.credpath.api.service.RecommendationService;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.PathwayRepository;
import org.credpath.engine.learner.Learner;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /v1/recommendations}, {@code POST /v1/pathways} and {@code GET /v1/pathways/{id}}. */
public final class RecommendRoutes {

    /** Body of {@code POST /v1/recommendations}: exactly one of learner and learnerId. */
    public record RecommendationRequest(Learner learner, String learnerId, Integer k, RecommendationFilters filters) {
    }

    /** Body of {@code POST /v1/pathways}: exactly one of learner and learnerId. */
    public record PathwayRequest(Learner learner, String learnerId, String targetOccupation, Integer maxPathways,
            Boolean excludeUnknownCost) {
    }

    /** The planned pathways, each saved under its id. */
    public record PathwayResult(List<Pathway> pathways) {
    }

    private final Optional<RecommendationService> recommender;
    private final Optional<PathwayService> planner;
    private final LearnerRoutes learners;
    private final PathwayRepository pathways;
    private final RequestBodies bodies;

    public RecommendRoutes(Optional<RecommendationService> recommender, Optional<PathwayService> planner,
            LearnerRoutes learners, PathwayRepository pathways, RequestBodies bodies) {
        this.recommender = recommender;
        this.planner = planner;
        this.learners = learners;
        this.pathways = pathways;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/recommendations", this::recommend, Access.READ);
        routes.post("/v1/pathways", this::plan, Access.TENANT);
        routes.get("/v1/pathways/{id}", this::getPathway, Access.TENANT);
    }

    private void recommend(Context ctx) {
        Principal p = AuthFilter.principal(ctx);
        RecommendationRequest body = bodies.json(ctx, RecommendationRequest.class);
        int k = body.k() == null ? 10 : QueryParams.checkRange("k", body.k(), 1, 1000);
        if (body.learnerId() != null && p.type() == KeyType.PUBLIC) {
            throw ProblemException.forbidden("public keys may not read stored learners; send the learner inline");
        }
        Learner learner = learner(p.tenantId(), body.learner(), body.learnerId());
        RecommendationService svc = recommender.orElseThrow(() -> ProblemException.unavailable("recommendation"));
        RecommendationFilters filters = body.filters() == null ? RecommendationFilters.none() : body.filters();
        ctx.json(svc.recommend(p.tenantId(), Ids.next("r-"), learner, k, filters));
    }

    private void plan(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        PathwayRequest body = bodies.json(ctx, PathwayRequest.class);
        Limits.text("targetOccupation", body.targetOccupation(), Limits.SHORT_TEXT);
        int max = body.maxPathways() == null ? 3 : QueryParams.checkRange("maxPathways", body.maxPathways(), 1, 20);
        Learner learner = learner(tenant, body.learner(), body.learnerId());
        if (learner.id() != null) {
            Ids.check("learner.id", learner.id(), LearnerRoutes.MAX_ID); // pathways.learner_id holds 200
        }
        if (body.targetOccupation() == null && learner.targetOccupation() == null) {
            throw ProblemException.invalidField("targetOccupation",
                    "required here or in the learner (learner.targetOccupation)");
        }
        PathwayService svc = planner.orElseThrow(() -> ProblemException.unavailable("pathway planning"));
        List<Pathway> saved = new ArrayList<>();
        for (Pathway pw : svc.plan(tenant, learner, body.targetOccupation(), max,
                Boolean.TRUE.equals(body.excludeUnknownCost()))) {
            Pathway withId = pw.withId(Ids.next("p-"));
            pathways.save(tenant, withId.id(), learner.id(), ApiJson.mapper().writeValueAsString(withId));
            saved.add(withId);
        }
        ctx.json(new PathwayResult(saved));
    }

    private void getPathway(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = ctx.pathParam("id");
        String json = pathways.find(tenant, id).orElseThrow(() -> ProblemException.notFound("pathway", id)).json();
        ctx.contentType("application/json").result(json);
    }

    private Learner learner(String tenant, Learner inline, String learnerId) {
        if ((inline == null) == (learnerId == null)) {
            throw ProblemException.invalidField("learner", "send exactly one of learner (inline) and learnerId");
        }
        if (inline != null) {
            Limits.learner("learner.", inline);
            return inline;
        }
        Ids.check("learnerId", learnerId, Limits.LEARNER_ID);
        try {
            return learners.load(tenant, learnerId);
        } catch (ProblemException e) {
            if (e.problem().status() != 404) {
                throw e;
            }
            throw new ProblemException(Problem.of(404, "unknown-learner", "Unknown learner",
                    "learnerId: no learner with id " + learnerId + " in your tenant",
                    List.of(new FieldError("learnerId", "no learner with id " + learnerId + " in your tenant"))));
        }
    }
}
