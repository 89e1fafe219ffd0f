package org.credpath.api.routes;

import java.util.List;
import java.util.Optional;

import org.credpath.api.auth.Access;
import org.credpath.api.http.FieldError;
import org.credpath.api.http.Problem;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.ModelInfo;
import org.credpath.api.service.ModelInfoService;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /v1/models/current} and {@code POST /v1/models/reload} (admin). */
public final class ModelRoutes {

    /** Body of a reload: a model folder (absolute, or relative to the Credpath home) or a built-in model's name. */
    public record ReloadRequest(String source) {
    }

    private final Optional<ModelInfoService> model;
    private final RequestBodies bodies;

    public ModelRoutes(Optional<ModelInfoService> model, RequestBodies bodies) {
        this.model = model;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/models/current", this::current, Access.READ);
        routes.post("/v1/models/reload", this::reload, Access.ADMIN);
    }

    private void current(Context ctx) {
        ModelInfo info = model.flatMap(ModelInfoService::current)
                .orElseThrow(() -> new ProblemException(Problem.of(404, "no-model", "No model loaded",
                        "this server has no ranking model loaded", List.of())));
        ctx.json(info);
    }

    private void reload(Context ctx) {
        ReloadRequest body = bodies.json(ctx, ReloadRequest.class);
        if (body.source() == null || body.source().isBlank()) {
            throw ProblemException.invalidField("source", "required: a model folder (e.g. models/ranker-default)"
                    + " or a built-in model name (gap-coverage)");
        }
        Limits.text("source", body.source(), Limits.URL);
        ModelInfoService svc = model.orElseThrow(() -> ProblemException.unavailable("model reload"));
        try {
            ctx.json(svc.reload(body.source().strip()));
        } catch (UnsupportedOperationException e) {
            throw new ProblemException(Problem.of(409, "reload-unsupported", "Model cannot be reloaded",
                    e.getMessage(), List.of()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(422, "model-not-loadable", "Model cannot be loaded",
                    e.getMessage() + "; the current model keeps serving", List.of(new FieldError("source", e.getMessage()))));
        }
    }
}
