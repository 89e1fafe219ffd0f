package org.credpath.api;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.ApiKeys;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.auth.Cors;
import org.credpath.api.auth.TokenBucketLimiter;
import org.credpath.api.http.ApiJson;
import org.credpath.api.http.ErrorMapping;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.http.ServerGuards;
import org.credpath.api.metrics.ApiMetrics;
import org.credpath.api.ops.GracefulStop;
import org.credpath.api.ops.Operations;
import org.credpath.api.routes.AdminRoutes;
import org.credpath.api.routes.CatalogRoutes;
import org.credpath.api.routes.DocsRoutes;
import org.credpath.api.routes.EventRoutes;
import org.credpath.api.routes.HealthRoutes;
import org.credpath.api.routes.LearnerLifecycleRoutes;
import org.credpath.api.routes.LearnerRoutes;
import org.credpath.api.routes.ModelRoutes;
import org.credpath.api.routes.OccupationRoutes;
import org.credpath.api.routes.PathwayRoutes;
import org.credpath.api.routes.RecommendRoutes;
import org.credpath.api.routes.TeamRoutes;
import org.credpath.api.routes.UnloadedRowRoutes;
import org.credpath.api.service.RecommendationService;
import org.credpath.api.service.Services;
import org.credpath.api.store.ApiKeyRepository;
import org.credpath.api.store.Database;
import org.credpath.api.store.EventRepository;
import org.credpath.api.store.LearnerErasure;
import org.credpath.api.store.PathwayRepository;
import org.credpath.api.store.TeamRepository;
import org.credpath.api.store.TenantDocuments;
import org.credpath.api.store.TenantFeedback;
import org.credpath.api.store.TenantRepository;
import org.credpath.api.store.UnloadedRows;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;

/** Builds the Javalin application from a database and the bound engine services. */
public final class ApiServer {
    private final Javalin app;
    private final ApiKeys keys;
    private final ApiMetrics metrics;
    private final Operations ops;

    private ApiServer(Javalin app, ApiKeys keys, ApiMetrics metrics, Operations ops) {
        this.app = app;
        this.keys = keys;
        this.metrics = metrics;
        this.ops = ops;
    }

    /** A server that is configured but not started; {@code nanoClock} drives rate limits and caches. */
    public static ApiServer create(Database db, Services services, ApiOptions options, LongSupplier nanoClock) {
        ApiKeys keys = new ApiKeys(new ApiKeyRepository(db), new TenantRepository(db), nanoClock);
        ApiMetrics metrics = new ApiMetrics();
        Operations ops = new Operations(metrics, db.dataSource());
        UnloadedRows unloaded = new UnloadedRows();
        services.catalog().ifPresent(c -> {
            TenantCredentials.reindex(TenantDocuments.credentials(db), c, unloaded);
            metrics.bindIndexSize(c::size);
        });
        metrics.bindUnloadedRows(unloaded::size);
        services.model().ifPresent(m -> metrics.bindModelVersion(
                () -> m.current().map(i -> i.version()).orElse("none")));
        TenantFeedback feedback = TenantFeedback.load(db);
        Optional<RecommendationService> recommender = services.recommendations().map(svc -> (tenant, request, learner,
                k, filters) -> svc.recommend(tenant, request, learner, k, filters, feedback.of(tenant)));
        RequestBodies bodies = new RequestBodies(options.maxBodyBytes());
        LearnerRoutes learners = new LearnerRoutes(TenantDocuments.learners(db), bodies, services.catalog());
        AuthFilter auth = new AuthFilter(keys, new TokenBucketLimiter(nanoClock));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson3(ApiJson.responses(), false));
            config.http.maxRequestSize = options.maxBodyBytes();
            config.staticFiles.add(files -> {
                files.hostedPath = "/webjars";
                files.directory = "META-INF/resources/webjars";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "max-age=86400");
                files.roles = java.util.Set.of(Access.OPEN);
            });
            config.staticFiles.add(files -> { // the adviser console at / and the widget script (docs/console.md)
                files.hostedPath = "/";
                files.directory = "org/credpath/api/web";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "no-cache");
                files.roles = java.util.Set.of(Access.OPEN);
            });
            ops.install(config);
            ErrorMapping.install(config);
            ServerGuards.install(config);
            config.routes.beforeMatched(auth);
            config.routes.options("/v1/*", new Cors(keys), Access.OPEN);
            new HealthRoutes(db, services, ops.readiness()).register(config.routes);
            learners.register(config.routes);
            new LearnerLifecycleRoutes(TenantDocuments.learners(db), new PathwayRepository(db), new LearnerErasure(db, feedback))
                    .register(config.routes);
            new EventRoutes(new EventRepository(db, feedback), bodies).register(config.routes);
            new CatalogRoutes(TenantDocuments.credentials(db), services.catalog(), bodies).register(config.routes);
            new OccupationRoutes(services.occupations()).register(config.routes);
            new RecommendRoutes(recommender, learners, bodies).register(config.routes);
            new PathwayRoutes(services.pathways(), learners, new PathwayRepository(db), bodies, services.catalog()).register(config.routes);
            new TeamRoutes(new TeamRepository(db), learners, services.teams(), bodies).register(config.routes);
            new ModelRoutes(services.model(), bodies).register(config.routes);
            new AdminRoutes(new TenantRepository(db), keys, bodies).register(config.routes);
            new UnloadedRowRoutes(unloaded, TenantDocuments.credentials(db)).register(config.routes);
            new DocsRoutes(metrics).register(config.routes);
        });
        return new ApiServer(app, keys, metrics, ops);
    }

    public ApiServer start(String host, int port) {
        app.start(host, port);
        ops.started();
        return this;
    }

    public Javalin javalin() {
        return app;
    }

    public ApiKeys keys() {
        return keys;
    }

    public ApiMetrics metrics() {
        return metrics;
    }

    public int port() {
        return app.port();
    }

    /** Stops, draining in-flight requests for up to {@link GracefulStop#DEFAULT_DRAIN}. */
    public void stop() {
        stop(GracefulStop.DEFAULT_DRAIN);
    }

    /** Stops accepting, lets in-flight requests finish for up to {@code drain}, then stops (each step logged). */
    public void stop(Duration drain) {
        ops.stop(app, drain);
    }

    /** Request ids, access log, readiness and the draining stop of this server. */
    public Operations ops() {
        return ops;
    }
}
