package org.credpath.api;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.credpath.api.http.ApiJson;
import org.credpath.api.service.ModelDirectoryInfo;
import org.credpath.api.service.Services;
import org.credpath.api.store.Database;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.TenantRepository;

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

    @Option(names = "--model", description = "Model folder (with provenance.json) reported by /v1/models/current.")
    Path model;

    @Option(names = "--max-body-mb", defaultValue = "4", description = "Largest request body in MiB. Default: ${DEFAULT-VALUE}.")
    int maxBodyMb;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: must be 0..65535, got " + port);
        }
        if (maxBodyMb < 1 || maxBodyMb > 1024) {
            throw new IllegalArgumentException("--max-body-mb: must be 1..1024, got " + maxBodyMb);
        }
        DatabaseConfig dbConfig = database.config();
        Database db = Database.open(dbConfig);
        System.err.println("credpath serve: database " + dbConfig.describe());
        Services services = Services.none();
        if (model != null) {
            services = services.withModel(new ModelDirectoryInfo(model, ApiJson.mapper()));
        }
        ApiServer server = ApiServer.create(db, services, new ApiOptions(maxBodyMb * 1024L * 1024L), System::nanoTime);
        Bootstrap.developmentKey(new TenantRepository(db), server.keys()).ifPresent(k -> System.err.println(
                "credpath serve: new database: created tenant 'default' and an ADMIN development key (shown once):\n"
                        + "  X-API-Key: " + k.secret()));
        server.start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
        }, "credpath-shutdown"));
        System.err.println("Credpath API listening on http://" + host + ":" + server.port()
                + "/v1/health  (docs: /docs, OpenAPI: /openapi.json, metrics: /metrics)");
        serving = true;
        return 0;
    }

    static boolean serving() {
        return serving;
    }
}
