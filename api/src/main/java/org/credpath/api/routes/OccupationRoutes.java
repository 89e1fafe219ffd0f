package org.credpath.api.routes;

import java.util.List;
import java.util.Optional;

import org.credpath.api.auth.Access;
import org.credpath.api.http.FieldError;
import org.credpath.api.http.Problem;
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

    private static final int CLOSEST = 5;

    private final Optional<OccupationService> service;

    public OccupationRoutes(Optional<OccupationService> service) {
        this.service = service;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/skills", ctx -> ctx.json(new Matches(svc().searchSkills(query(ctx), QueryParams.k(ctx)))),
                Access.READ);
        routes.get("/v1/occupations", ctx -> ctx.json(new Matches(svc().searchOccupations(query(ctx),
                QueryParams.k(ctx)))), Access.READ);
        routes.get("/v1/occupations/{id}", ctx -> {
            String id = ctx.pathParam("id");
            ctx.json(svc().occupation(id).orElseThrow(() -> unknownOccupation(id)));
        }, Access.READ);
    }

    /** 404 naming the closest known occupations, so the client can correct the id. */
    private ProblemException unknownOccupation(String id) {
        List<Problem.Suggestion> closest = svc().searchOccupations(id, CLOSEST).stream()
                .map(m -> new Problem.Suggestion(m.id(), m.label())).toList();
        String names = closest.stream().map(s -> "'" + s.label() + "' (" + s.id() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("none");
        String message = "no occupation with id " + id + " (give an ESCO URI or its last segment, an O*NET-SOC"
                + " or SOC code, or an exact ESCO label)";
        return new ProblemException(Problem.of(404, "unknown-occupation", "Unknown occupation",
                message + "; closest matches: " + names, List.of(new FieldError("id", message)))
                .withClosestMatches(closest));
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
