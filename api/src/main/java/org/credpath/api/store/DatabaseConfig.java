package org.credpath.api.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database lives. {@link #embedded(Path)} gives the default embedded SQLite file database;
 * a {@code jdbc:postgresql:} URL selects that server.
 *
 * @param url      JDBC URL ({@code jdbc:sqlite:<file>} or {@code jdbc:postgresql:...})
 * @param user     user name, may be empty
 * @param password password, may be empty
 * @param poolSize maximum pooled connections
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {

    /** The embedded database's file name in its data folder. */
    public static final String EMBEDDED_FILE = "credpath.db";

    private static final String SQLITE = "jdbc:sqlite:";

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith(SQLITE) && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database URL: only jdbc:postgresql:... (a server) and jdbc:sqlite:<file>"
                    + " (the embedded default) are supported, got " + describe(url));
        }
        if (url.startsWith(SQLITE) && (url.length() == SQLITE.length() || url.contains(":memory:") || url.contains("?"))) {
            throw new IllegalArgumentException("database URL: jdbc:sqlite: needs a file path and no options"
                    + " (Credpath sets its own), got " + describe(url));
        }
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("database pool size: must be 1..200, got " + poolSize);
        }
    }

    /**
     * The embedded SQLite database {@code <dataDir>/credpath.db}, in WAL mode with
     * {@code synchronous=FULL}: a commit returns after its log is on the disk (see {@link Database}).
     */
    public static DatabaseConfig embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_FILE).toString().replace('\\', '/');
        return new DatabaseConfig(SQLITE + file, "", "", 8);
    }

    public boolean isEmbedded() {
        return url.startsWith(SQLITE);
    }

    /** The SQLite database file of an embedded configuration. */
    public Optional<Path> embeddedFile() {
        return isEmbedded() ? Optional.of(Path.of(url.substring(SQLITE.length()))) : Optional.empty();
    }

    /** The URL without credentials or options, safe to print. */
    public String describe() {
        return describe(url);
    }

    private static String describe(String url) {
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
