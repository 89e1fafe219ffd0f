package org.credpath.api.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The metrics registry of one server. Latency is recorded per route pattern (not per raw path, so
 * ids do not explode the label set), method and status. Also published: the JVM (memory, GC, threads,
 * class loading), processor and uptime, the HikariCP pool ({@link #bindPool}) and the engine's named
 * Caffeine caches ({@link EngineCacheMetrics}). {@link #bindModelVersion} and
 * {@link #bindIndexSize} let the application publish what it serves.
 */
public final class ApiMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicReference<Supplier<String>> modelVersion = new AtomicReference<>(() -> "none");
    private final MultiGauge modelInfo;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final EngineCacheMetrics caches = new EngineCacheMetrics(registry);

    public ApiMetrics() {
        modelInfo = MultiGauge.builder("credpath.model.info")
                .description("1 for the model version being served (label version)")
                .register(registry);
        refreshModelInfo();
        for (MeterBinder b : List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics())) {
            b.bindTo(registry);
        }
        caches.refresh();
    }

    /**
     * Publishes the connection pool's metrics ({@code hikaricp_connections_active}, {@code _pending},
     * {@code _acquire_seconds}, ...) when {@code dataSource} is a HikariCP pool without a tracker yet.
     */
    public void bindPool(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource h && h.getMetricsTrackerFactory() == null
                && h.getMetricRegistry() == null) {
            h.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
    }

    /** Records one finished request. */
    public void record(Context ctx, float millis) {
        Timer.builder("http.server.requests")
                .description("HTTP request latency by route")
                .tags(Tags.of("method", ctx.method().name(), "route", routeOf(ctx),
                        "status", Integer.toString(ctx.statusCode())))
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
    }

    /** Publishes {@code credpath_model_info{version=...} 1}, read at every scrape. */
    public void bindModelVersion(Supplier<String> version) {
        modelVersion.set(version);
    }

    /** Publishes {@code credpath_index_documents}, read at every scrape. */
    public void bindIndexSize(Supplier<Number> documents) {
        Gauge.builder("credpath.index.documents", documents, s -> s.get().doubleValue())
                .description("documents in the serving search index")
                .strongReference(true)
                .register(registry);
    }

    /** {@code credpath_store_unloaded_rows}: stored rows the start left out (listed at /v1/admin/unloaded-rows). */
    public void bindUnloadedRows(Supplier<Number> rows) {
        Gauge.builder("credpath.store.unloaded.rows", rows, s -> s.get().doubleValue())
                .description("stored rows left out at start because they could not be loaded")
                .strongReference(true)
                .register(registry);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        refreshModelInfo();
        caches.refresh();
        return registry.scrape();
    }

    /** Stops listening to GC notifications. */
    @Override
    public void close() {
        gc.close();
    }

    private void refreshModelInfo() {
        String v = String.valueOf(modelVersion.get().get());
        modelInfo.register(List.of(MultiGauge.Row.of(Tags.of("version", v), 1)), true);
    }

    private static String routeOf(Context ctx) {
        try {
            var e = ctx.endpoints().matchedHttpEndpoint();
            return e == null ? "unmatched" : e.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
