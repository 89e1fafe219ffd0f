package org.credpath.api.routes;

import java.util.List;
import java.util.Optional;

import org.credpath.api.auth.Access;
import org.credpath.api.http.ProblemException;
import org.credpath.api.service.Match;
import org.credpath.api.service.OccupationService;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /v1/skills}, {@code GET /v1/occupations}, {@code GET /v1/occupations/{id}}. */
public final class OccupationRoutes {

    /** Matches for a free-text query. */
    public record Matches(List<Match> items) {
    }

    private final Optional<OccupationService> service;

    public OccupationRoutes(Optional<OccupationService> service) {
        this.service = service;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/skills", ctx -> ctx.json(new Matches(svc().searchSkills(query(ctx), QueryParams.k(ctx)))),
                Access.READ);
        routes.get("/v1/occupations", ctx -> ctx.json(new Matches(svc().searchOccupations(query(ctx),
                QueryParams.k(ctx)))), Access.READ);
        routes.get("/v1/occupations/{id}", ctx -> ctx.json(svc().occupation(ctx.pathParam("id"))
                .orElseThrow(() -> ProblemException.notFound("occupation", ctx.pathParam("id")))), Access.READ);
    }

    private OccupationService svc() {
        return service.orElseThrow(() -> ProblemException.unavailable("occupation and skill lookup"));
    }

    private static String query(Context ctx) {
        String q = QueryParams.text(ctx, "q", 500);
        if (q == null) {
            throw ProblemException.invalidField("q", "required: the text to look up");
        }
        return q;
    }
}
