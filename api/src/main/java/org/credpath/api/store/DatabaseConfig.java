package org.credpath.api.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database lives. {@link #embedded(Path)} gives the default H2 file database; any other
 * JDBC URL (e.g. {@code jdbc:postgresql://host:5432/credpath}) selects that server.
 *
 * @param url      JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...})
 * @param user     user name, may be empty
 * @param password password, may be empty
 * @param poolSize maximum pooled connections
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "database URL: only jdbc:h2:... and jdbc:postgresql:... are supported, got " + url);
        }
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("database pool size: must be 1..200, got " + poolSize);
        }
    }

    /**
     * The embedded H2 file database {@code <dataDir>/credpath.mv.db}. {@code WRITE_DELAY=0}: H2 2.x
     * writes its store at every commit instead of up to a second later from a background thread
     * (with the default, a kill -9 lost about a third of acknowledged writes); writes are also forced
     * to the disk by {@link Database#write}. Existing files open unchanged (same format).
     */
    public static DatabaseConfig embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("credpath").toString().replace('\\', '/');
        return new DatabaseConfig("jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "sa", "", 8);
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The H2 store file ({@code <name>.mv.db}) of a {@code jdbc:h2:file:} URL. */
    public Optional<Path> embeddedStoreFile() {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        int semi = url.indexOf(';');
        return Optional.of(Path.of(url.substring(prefix.length(), semi < 0 ? url.length() : semi) + ".mv.db"));
    }

    /** The URL without credentials or options, safe to print. */
    public String describe() {
        int semi = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = semi >= 0 ? semi : query >= 0 ? query : url.length();
        return url.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
