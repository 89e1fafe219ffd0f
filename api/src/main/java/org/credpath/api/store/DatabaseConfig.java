package org.credpath.api.store;

import java.nio.file.Path;
import java.util.Objects;

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

    /** The embedded H2 file database {@code <dataDir>/credpath.mv.db}. */
    public static DatabaseConfig embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("credpath").toString().replace('\\', '/');
        return new DatabaseConfig("jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 8);
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
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
