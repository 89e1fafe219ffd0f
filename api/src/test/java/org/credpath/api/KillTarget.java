package org.credpath.api;

import java.nio.file.Path;
import java.util.List;

import org.credpath.api.service.Services;
import org.credpath.api.store.Database;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.TenantRepository;

/**
 * The child JVM of {@link KillRestartTest}: what {@code credpath serve} starts (the database of
 * {@link DatabaseConfig#embedded}, Flyway, {@link ApiServer}, the first-start admin key), without
 * loading the engine, so that one start takes a second or two instead of 30-60 s. Prints
 * {@code KEY <secret>} on a new database and {@code PORT <n>} once listening.
 *
 * <p>Arguments: the data folder, and optionally a JDBC URL to use instead of the embedded default
 * ({@code {dir}} in it is replaced by the data folder), to measure candidate stores.
 */
public final class KillTarget {
    private KillTarget() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Database db = Database.open(config(dir, args.length > 1 ? args[1] : ""));
        ApiServer server = ApiServer.create(db, Services.none().withCatalog(new InMemoryCatalog(List.of())),
                ApiOptions.defaults(), System::nanoTime);
        Bootstrap.developmentKey(new TenantRepository(db), server.keys())
                .ifPresent(k -> System.out.println("KEY " + k.secret()));
        server.start("127.0.0.1", 0);
        System.out.println("PORT " + server.port());
        System.out.flush();
    }

    /** The embedded default, or {@code url} with {@code {dir}} replaced by the data folder. */
    static DatabaseConfig config(Path dir, String url) {
        if (url == null || url.isBlank()) {
            return DatabaseConfig.embedded(dir);
        }
        String folder = dir.toAbsolutePath().normalize().toString().replace('\\', '/');
        return new DatabaseConfig(url.replace("{dir}", folder), "sa", "", 8);
    }
}
