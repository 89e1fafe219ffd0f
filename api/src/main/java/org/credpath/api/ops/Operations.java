package org.credpath.api.ops;

import java.time.Duration;

import javax.sql.DataSource;

import org.credpath.api.metrics.ApiMetrics;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;

/**
 * The operational side of one server, installed into its Javalin configuration in one call: request
 * ids, per-request metrics and the access log, the in-flight counter for a draining stop, readiness,
 * and the connection pool's metrics.
 */
public final class Operations {
    private final ApiMetrics metrics;
    private final AccessLog accessLog = new AccessLog();
    private final Readiness readiness = new Readiness();
    private final GracefulStop stopper = new GracefulStop();

    public Operations(ApiMetrics metrics, DataSource pool) {
        this.metrics = metrics;
        metrics.bindPool(pool);
    }

    public void install(JavalinConfig config) {
        config.routes.before(new RequestIds());
        stopper.install(config);
        config.requestLogger.http((ctx, ms) -> {
            metrics.record(ctx, ms);
            accessLog.log(ctx, ms);
        });
    }

    /** The server is listening: ready for traffic. */
    public void started() {
        readiness.serving();
    }

    /** Not ready any more, then a draining stop (see {@link GracefulStop}), then the metrics' listeners are released. */
    public void stop(Javalin app, Duration drain) {
        readiness.draining();
        stopper.stop(app, drain);
        metrics.close();
    }

    public AccessLog accessLog() {
        return accessLog;
    }

    public Readiness readiness() {
        return readiness;
    }

    public GracefulStop lifecycle() {
        return stopper;
    }
}
