package org.credpath.api.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.auth.Principal;
import org.credpath.api.http.ApiJson;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.CatalogService;
import org.credpath.api.service.Pathway;
import org.credpath.api.service.PathwayService;
import org.credpath.api.service.PlannedPathways;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.PathwayRepository;
import org.credpath.engine.learner.Learner;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /v1/pathways} (plan), {@code POST /v1/pathways/evaluate} (price a given step list) and
 * {@code GET /v1/pathways/{id}}. Tenant and admin keys save what they plan; public (widget) keys may
 * plan and evaluate with an inline learner, and nothing of theirs is saved (ids are null).
 */
public final class PathwayRoutes {

    /** Body of {@code POST /v1/pathways}: exactly one of learner and learnerId. */
    public record PathwayRequest(Learner learner, String learnerId, String targetOccupation, Integer maxPathways,
            Boolean excludeUnknownCost) {
    }

    /** Body of {@code POST /v1/pathways/evaluate}: the steps in study order; {@code save} stores it (not public keys). */
    public record EvaluateRequest(Learner learner, String learnerId, String targetOccupation, List<String> steps,
            Boolean save) {
    }

    /** The planned pathways (each saved under its id unless the caller used a public key), the gap and warnings. */
    public record PathwayResult(List<Pathway> pathways, PlannedPathways.SkillGap gap,
            PlannedPathways.OccupationReading currentOccupation, PlannedPathways.OccupationReading targetOccupation,
            List<String> warnings, boolean saved) {
        static PathwayResult of(PlannedPathways p, boolean saved) {
            return new PathwayResult(p.pathways(), p.gap(), p.currentOccupation(), p.targetOccupation(), p.warnings(),
                    saved);
        }
    }

    private final Optional<PathwayService> planner;
    private final LearnerInput learners;
    private final PathwayRepository pathways;
    private final RequestBodies bodies;
    private final LearnerRoutes storedLearners;
    private final Optional<CatalogService> catalog;

    /** With the catalogue, exported pathways carry each credential's url, provider and description. */
    public PathwayRoutes(Optional<PathwayService> planner, LearnerRoutes learners, PathwayRepository pathways,
            RequestBodies bodies, Optional<CatalogService> catalog) {
        this.planner = planner;
        this.learners = new LearnerInput(learners);
        this.storedLearners = learners;
        this.pathways = pathways;
        this.bodies = bodies;
        this.catalog = catalog;
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/pathways", this::plan, Access.READ);
        routes.post("/v1/pathways/evaluate", this::evaluate, Access.READ);
        routes.get("/v1/pathways/{id}", this::getPathway, Access.TENANT);
    }

    private void plan(Context ctx) {
        Principal p = AuthFilter.principal(ctx);
        PathwayRequest body = bodies.json(ctx, PathwayRequest.class);
        Limits.text("targetOccupation", body.targetOccupation(), Limits.SHORT_TEXT);
        int max = body.maxPathways() == null ? 3 : QueryParams.checkRange("maxPathways", body.maxPathways(), 1, 20);
        Learner learner = learner(p, body.learner(), body.learnerId(), body.targetOccupation());
        PlannedPathways planned = service().plan(p.tenantId(), learner, body.targetOccupation(), max,
                Boolean.TRUE.equals(body.excludeUnknownCost()));
        boolean save = p.type() != KeyType.PUBLIC;
        ctx.json(PathwayResult.of(save ? saved(p.tenantId(), learner, planned) : planned, save));
    }

    private void evaluate(Context ctx) {
        Principal p = AuthFilter.principal(ctx);
        EvaluateRequest body = bodies.json(ctx, EvaluateRequest.class);
        Limits.text("targetOccupation", body.targetOccupation(), Limits.SHORT_TEXT);
        if (body.steps() == null || body.steps().isEmpty()) {
            throw ProblemException.invalidField("steps", "required: the credential ids of the pathway in study order");
        }
        for (int i = 0; i < body.steps().size(); i++) {
            Ids.check("steps[" + i + "]", body.steps().get(i), CatalogRoutes.MAX_ID);
        }
        boolean save = Boolean.TRUE.equals(body.save());
        if (save && p.type() == KeyType.PUBLIC) {
            throw ProblemException.forbidden("public keys may evaluate pathways but not save them (save: true)");
        }
        Learner learner = learner(p, body.learner(), body.learnerId(), body.targetOccupation());
        PlannedPathways priced = service().evaluate(p.tenantId(), learner, body.targetOccupation(), body.steps());
        ctx.json(PathwayResult.of(save ? saved(p.tenantId(), learner, priced) : priced, save));
    }

    private Learner learner(Principal p, Learner inline, String learnerId, String targetOccupation) {
        Learner learner = learners.resolve(p, inline, learnerId);
        if (learner.id() != null) {
            Ids.check("learner.id", learner.id(), LearnerRoutes.MAX_ID); // pathways.learner_id holds 200
        }
        if (targetOccupation == null && learner.targetOccupation() == null) {
            throw ProblemException.invalidField("targetOccupation",
                    "required here or in the learner (learner.targetOccupation)");
        }
        return learner;
    }

    private PathwayService service() {
        return planner.orElseThrow(() -> ProblemException.unavailable("pathway planning"));
    }

    private PlannedPathways saved(String tenant, Learner learner, PlannedPathways planned) {
        List<Pathway> out = new ArrayList<>();
        for (Pathway pw : planned.pathways()) {
            Pathway withId = pw.withId(Ids.next("p-"));
            pathways.save(tenant, withId.id(), learner.id(), ApiJson.mapper().writeValueAsString(withId));
            out.add(withId);
        }
        return planned.withPathways(out);
    }

    private void getPathway(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = Objects.requireNonNull(ctx.pathParam("id"));
        PathwayExports.Format format = PathwayExports.format(ctx);
        String json = pathways.find(tenant, id).orElseThrow(() -> ProblemException.notFound("pathway", id)).json();
        Double pace = pathways.learnerId(tenant, id).flatMap(l -> storedLearners.find(tenant, l))
                .map(Learner::hoursPerWeek).orElse(null);
        PathwayExports.respond(ctx, format, tenant, json, catalog, pace);
    }
}
