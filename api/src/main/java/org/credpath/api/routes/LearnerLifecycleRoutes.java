package org.credpath.api.routes;

import java.util.List;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.http.ApiJson;
import org.credpath.api.http.ProblemException;
import org.credpath.api.service.Pathway;
import org.credpath.api.store.LearnerErasure;
import org.credpath.api.store.PathwayRepository;
import org.credpath.api.store.StoredDocument;
import org.credpath.api.store.TenantDocuments;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code DELETE /v1/learners/{id}} (with their events and pathways) and {@code GET /v1/learners/{id}/pathways}. */
public final class LearnerLifecycleRoutes {

    /** What a deletion removed, per table. */
    public record Erased(String learnerId, LearnerErasure.Deleted deleted) {
    }

    /** A page of a learner's saved pathways; {@code next} is the cursor of the next page, left out on the last. */
    public record PathwayPage(List<Pathway> items, String next) {
    }

    private final TenantDocuments learners;
    private final PathwayRepository pathways;
    private final LearnerErasure erasure;

    public LearnerLifecycleRoutes(TenantDocuments learners, PathwayRepository pathways, LearnerErasure erasure) {
        this.learners = learners;
        this.pathways = pathways;
        this.erasure = erasure;
    }

    public void register(RoutesConfig routes) {
        routes.delete("/v1/learners/{id}", this::delete, Access.TENANT);
        routes.get("/v1/learners/{id}/pathways", this::pathways, Access.TENANT);
    }

    /** 200 with the counts; 404 when the tenant has nothing stored under that learner id. */
    private void delete(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = Ids.check("id", ctx.pathParam("id"), LearnerRoutes.MAX_ID);
        LearnerErasure.Deleted deleted = erasure.delete(tenant, id);
        if (!deleted.any()) {
            throw ProblemException.notFound("learner", id);
        }
        ctx.json(new Erased(id, deleted));
    }

    /** The learner's saved pathways in id order; 404 when there is neither such a learner nor a pathway. */
    private void pathways(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = Ids.check("id", ctx.pathParam("id"), LearnerRoutes.MAX_ID);
        int limit = QueryParams.intParam(ctx, "limit", 20, 1, 100);
        String after = Cursors.after(ctx);
        List<StoredDocument> rows = pathways.listByLearner(tenant, id, after, limit + 1);
        if (rows.isEmpty() && after == null && learners.find(tenant, id).isEmpty()) {
            throw ProblemException.notFound("learner", id);
        }
        Cursors.Page<Pathway> page = Cursors.page(rows, limit, StoredDocument::id,
                d -> ApiJson.mapper().readValue(d.json(), Pathway.class));
        ctx.json(new PathwayPage(page.items(), page.next()));
    }
}
