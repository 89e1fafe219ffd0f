package org.credpath.api;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.credpath.api.engine.EngineServices;
import org.credpath.api.service.Services;
import org.credpath.api.store.Database;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.TenantRepository;
import org.credpath.engine.data.Background;
import org.credpath.engine.data.CredpathHome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credpath serve}: the HTTP API on the bundled data and model. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP API. Data is kept in an embedded H2 database under --data-dir unless"
                + " --db-url names a PostgreSQL server.")
public final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--model", description = "Serving model: a folder with provenance.json (e.g. models/ranker-default)"
            + " or a built-in one ('semantic-gap[@weights]', 'gap-coverage'). Default: semantic-gap when it loads,"
            + " else gap-coverage.")
    String model;

    @Option(names = "--max-body-mb", defaultValue = "4", description = "Largest request body in MiB. Default: ${DEFAULT-VALUE}.")
    int maxBodyMb;

    @Option(names = "--drain-seconds", defaultValue = "20", description = "On stop, how long in-flight requests may"
            + " run on before they are cut off. Default: ${DEFAULT-VALUE}.")
    int drainSeconds;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: must be 0..65535, got " + port);
        }
        if (drainSeconds < 0 || drainSeconds > 3600) {
            throw new IllegalArgumentException("--drain-seconds: must be 0..3600, got " + drainSeconds);
        }
        if (maxBodyMb < 1 || maxBodyMb > 1024) {
            throw new IllegalArgumentException("--max-body-mb: must be 1..1024, got " + maxBodyMb);
        }
        long t = System.nanoTime();
        CredpathHome home = CredpathHome.locate();
        // The engine loads while the database opens (and migrates); a database error still stops the start at once.
        CompletableFuture<EngineServices> loading = Background.start("engine-loader",
                () -> EngineServices.loadForServing(home, model, System.err));
        DatabaseConfig dbConfig = database.config();
        Database db = Database.open(dbConfig);
        System.err.printf(Locale.ROOT, "credpath serve: database %s opened in %.1f s (JVM up %.1f s)%n",
                dbConfig.describe(), seconds(t), ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        EngineServices engine = Background.join(loading);
        System.err.printf(Locale.ROOT, "credpath serve: engine loaded %.1f s after the database began opening%n",
                seconds(t));
        t = System.nanoTime();
        Services services = engine.services();
        ApiServer server = ApiServer.create(db, services, new ApiOptions(maxBodyMb * 1024L * 1024L), System::nanoTime);
        System.err.printf(Locale.ROOT, "credpath serve: server created in %.1f s%n", seconds(t));
        Bootstrap.developmentKey(new TenantRepository(db), server.keys()).ifPresent(k -> System.err.println(
                "credpath serve: new database: created tenant 'default' and an ADMIN development key (shown once):\n"
                        + "  X-API-Key: " + k.secret()));
        server.start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(server, engine, db), "credpath-shutdown"));
        System.err.printf(Locale.ROOT, "Credpath API listening on http://%s:%d/v1/health  (docs: /docs, OpenAPI:"
                + " /openapi.json, metrics: /metrics); started %.1f s after the JVM%n", host, server.port(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        serving = true;
        engine.warmUp();
        return 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** On SIGTERM, SIGINT or System.exit: drain HTTP, then close the engine and the pool, saying each step. */
    private void shutDown(ApiServer server, EngineServices engine, Database db) {
        server.stop(Duration.ofSeconds(drainSeconds));
        server.ops().lifecycle().say("closing the engine (indexes)");
        engine.close();
        server.ops().lifecycle().say("closing the database pool");
        db.close();
        server.ops().lifecycle().say("stopped");
    }

    static boolean serving() {
        return serving;
    }
}
