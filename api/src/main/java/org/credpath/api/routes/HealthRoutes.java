package org.credpath.api.routes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.credpath.api.auth.Access;
import org.credpath.api.ops.BuildInfo;
import org.credpath.api.ops.Readiness;
import org.credpath.api.service.OccupationService;
import org.credpath.api.service.Services;
import org.credpath.api.service.TitleResolverStatus;
import org.credpath.api.store.Database;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /v1/health} (database status and version, as before), {@code GET /v1/health/live} (the
 * process answers) and {@code GET /v1/health/ready} (it should get traffic: serving, not draining,
 * database reachable, a serving model loaded when a model service is bound).
 */
public final class HealthRoutes {

    /** The health answer: overall status and the database's. */
    public record Health(String status, String database, String version) {
    }

    /** Liveness: always {@code ok} while the process answers. */
    public record Live(String status, String version) {
    }

    /**
     * Readiness.
     *
     * @param status   {@code ready} or {@code not-ready}
     * @param serving  false before the start completes and once a stop has begun (draining)
     * @param database {@code ok} or {@code unavailable}
     * @param model    {@code loaded}, {@code none} (a model service is bound but serves nothing) or
     *                 {@code not-bound}
     * @param titles   which job-title resolver answers: {@code fused}, {@code lexical-while-encoding}
     *                 (the first start encodes the title vectors, minutes; the lexical stages answer
     *                 meanwhile and the server is ready), {@code lexical-encoder-failed} or {@code not-bound}
     * @param titlesDetail why, in words; null when not bound
     */
    public record Ready(String status, boolean serving, String database, String model, String titles,
                        String titlesDetail, String version) {
    }

    private final Database db;
    private final Services services;
    private final Readiness readiness;

    public HealthRoutes(Database db, Services services, Readiness readiness) {
        this.db = db;
        this.services = services;
        this.readiness = readiness;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/health", this::health, Access.OPEN);
        routes.get("/v1/health/live", ctx -> ctx.json(new Live("ok", BuildInfo.version())), Access.OPEN);
        routes.get("/v1/health/ready", this::ready, Access.OPEN);
    }

    private void health(Context ctx) {
        boolean dbOk = databaseOk();
        ctx.status(dbOk ? 200 : 503).json(new Health(dbOk ? "ok" : "degraded", dbOk ? "ok" : "unavailable",
                BuildInfo.version()));
    }

    private void ready(Context ctx) {
        boolean dbOk = databaseOk();
        String model = services.model().map(m -> m.current().isPresent() ? "loaded" : "none").orElse("not-bound");
        boolean ready = readiness.isServing() && dbOk && !"none".equals(model);
        Optional<TitleResolverStatus> titles = services.occupations().flatMap(OccupationService::titleResolver);
        ctx.status(ready ? 200 : 503).json(new Ready(ready ? "ready" : "not-ready", readiness.isServing(),
                dbOk ? "ok" : "unavailable", model, titles.map(TitleResolverStatus::stage).orElse("not-bound"),
                titles.map(TitleResolverStatus::detail).orElse(null), BuildInfo.version()));
    }

    private boolean databaseOk() {
        try (Connection c = db.dataSource().getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
