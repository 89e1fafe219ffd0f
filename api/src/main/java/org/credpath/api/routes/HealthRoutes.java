package org.credpath.api.routes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.credpath.api.auth.Access;
import org.credpath.api.http.Problem;
import org.credpath.api.http.ProblemException;
import org.credpath.api.service.ModelInfo;
import org.credpath.api.service.Services;
import org.credpath.api.store.Database;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /v1/health} and {@code GET /v1/models/current}. */
public final class HealthRoutes {

    /** The health answer: overall status and the database's. */
    public record Health(String status, String database, String version) {
    }

    private final Database db;
    private final Services services;

    public HealthRoutes(Database db, Services services) {
        this.db = db;
        this.services = services;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/health", this::health, Access.OPEN);
        routes.get("/v1/models/current", this::currentModel, Access.READ);
    }

    private void health(Context ctx) {
        boolean dbOk;
        try (Connection c = db.dataSource().getConnection()) {
            dbOk = c.isValid(2);
        } catch (SQLException e) {
            dbOk = false;
        }
        ctx.status(dbOk ? 200 : 503).json(new Health(dbOk ? "ok" : "degraded", dbOk ? "ok" : "unavailable",
                HealthRoutes.class.getPackage().getImplementationVersion() == null ? "dev"
                        : HealthRoutes.class.getPackage().getImplementationVersion()));
    }

    private void currentModel(Context ctx) {
        ModelInfo info = services.model().flatMap(m -> m.current())
                .orElseThrow(() -> new ProblemException(Problem.of(404, "no-model", "No model loaded",
                        "this server has no ranking model loaded", List.of())));
        ctx.json(info);
    }
}
