package org.credpath.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.api.store.DatabaseConfig;
import org.credpath.engine.data.CredpathHome;

import picocli.CommandLine.Option;

/** Where the API's database is: the embedded H2 file under a data folder, or a PostgreSQL URL. */
public final class DatabaseOptions {

    @Option(names = "--data-dir", description = "Folder of the embedded database. Default: var/ in the Credpath home.")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:CREDPATH_DB_URL}",
            description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/credpath"
                    + " (env CREDPATH_DB_URL). Default: the embedded H2 database.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:CREDPATH_DB_USER}", description = "Database user (env CREDPATH_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:CREDPATH_DB_PASSWORD}",
            description = "Database password (env CREDPATH_DB_PASSWORD; prefer the variable to the option).")
    String dbPassword;

    /** The configuration these options select; creates the data folder for the embedded database. */
    public DatabaseConfig config() {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return new DatabaseConfig(dbUrl.strip(), dbUser, dbPassword, 16);
        }
        Path dir = dataDir != null ? dataDir : CredpathHome.locate().root().resolve("var");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("--data-dir: cannot create " + dir + ": " + e.getMessage(), e);
        }
        return DatabaseConfig.embedded(dir);
    }
}
