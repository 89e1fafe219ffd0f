package org.credpath.api.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves the rows of an earlier version's embedded H2 database ({@code credpath.mv.db}, beside the
 * SQLite file) into the SQLite store, once, at the first start of this version: every table in one
 * SQLite transaction (all or nothing), then a {@code store_meta} row records it and the H2 file is
 * renamed to {@code credpath.mv.db.imported} (kept, never deleted). A failure leaves both files as they
 * were and stops the start with the reason.
 */
final class H2Import {
    static final String MARK = "imported_from_h2";
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    /** One table to copy: its columns in order, and which hold timestamps. */
    private record Table(String name, List<String> columns, Set<String> timestamps) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("tenants", List.of("id", "name", "created_at"), Set.of("created_at")),
            new Table("api_keys", List.of("id", "tenant_id", "key_hash", "key_type", "label", "origins",
                    "rate_per_minute", "burst", "created_at", "revoked_at"), Set.of("created_at", "revoked_at")),
            new Table("learners", List.of("tenant_id", "id", "body", "created_at", "updated_at"),
                    Set.of("created_at", "updated_at")),
            new Table("credentials", List.of("tenant_id", "id", "body", "created_at", "updated_at"),
                    Set.of("created_at", "updated_at")),
            new Table("pathways", List.of("tenant_id", "id", "learner_id", "body", "created_at"), Set.of("created_at")),
            new Table("events", List.of("id", "tenant_id", "learner_id", "credential_id", "event_type", "occurred_at",
                    "rank_position", "request_id", "received_at", "event_id"), Set.of("occurred_at", "received_at")));

    private H2Import() {
    }

    static void importBeside(Database db, Path sqliteFile) {
        Path h2 = sqliteFile.resolveSibling("credpath.mv.db");
        if (!Files.exists(h2)) {
            return;
        }
        boolean done = db.inTransaction(c -> Jdbc.queryOne(c, "SELECT value FROM store_meta WHERE name = ?",
                rs -> rs.getString(1), MARK).isPresent());
        if (!done) {
            long tenants = db.inTransaction(c -> Jdbc.queryOne(c, "SELECT COUNT(*) FROM tenants", rs -> rs.getLong(1))
                    .orElse(0L));
            if (tenants > 0) {
                System.err.println("credpath: " + h2 + " (an earlier version's H2 database) was left alone: "
                        + sqliteFile.getFileName() + " already holds data");
                return;
            }
            Map<String, Integer> counts = copy(db, h2);
            System.err.println("credpath: imported the earlier H2 database " + h2.getFileName() + " into "
                    + sqliteFile.getFileName() + ": " + counts);
        }
        moveAside(h2);
    }

    private static Map<String, Integer> copy(Database db, Path h2) {
        String base = h2.toAbsolutePath().toString();
        String url = "jdbc:h2:file:" + base.substring(0, base.length() - ".mv.db".length())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;ACCESS_MODE_DATA=r";
        try (Connection from = DriverManager.getConnection(url, "sa", "")) {
            return db.write(to -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (Table t : TABLES) {
                    counts.put(t.name(), copyTable(from, to, t));
                }
                Jdbc.update(to, "INSERT INTO store_meta (name, value) VALUES (?, ?)", MARK,
                        h2.getFileName() + " " + counts + " at " + Jdbc.now());
                return counts;
            });
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new StoreInUseException("the earlier H2 database " + h2 + " is in use by another process;"
                        + " stop it, then start again to import it");
            }
            throw new StoreException("cannot import the earlier H2 database " + h2 + ": " + e.getMessage(), e);
        }
    }

    private static int copyTable(Connection from, Connection to, Table t) throws SQLException {
        List<String> columns = presentColumns(from, t);
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(x -> "?").toList());
        int n = 0;
        try (PreparedStatement read = from.prepareStatement("SELECT " + list + " FROM " + t.name());
             PreparedStatement write = to.prepareStatement("INSERT INTO " + t.name() + " (" + list + ") VALUES (" + marks + ")")) {
            read.setFetchSize(1000);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        String col = columns.get(i);
                        if (t.timestamps().contains(col)) {
                            Jdbc.setTimestamp(write, i + 1, rs.getObject(col, OffsetDateTime.class));
                        } else {
                            write.setObject(i + 1, rs.getObject(col));
                        }
                    }
                    write.addBatch();
                    if (++n % 1000 == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return n;
    }

    /** The table's columns that the H2 file has (a file from before a migration lacks the later ones). */
    private static List<String> presentColumns(Connection from, Table t) throws SQLException {
        List<String> present = new ArrayList<>();
        try (ResultSet rs = from.getMetaData().getColumns(null, null, t.name(), null)) {
            while (rs.next()) {
                present.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<String> columns = t.columns().stream().filter(present::contains).toList();
        if (columns.isEmpty()) {
            throw new SQLException("table " + t.name() + " not found in the H2 file");
        }
        return columns;
    }

    private static void moveAside(Path h2) {
        Path target = h2.resolveSibling(h2.getFileName() + ".imported");
        for (int i = 2; Files.exists(target); i++) {
            target = h2.resolveSibling(h2.getFileName() + ".imported-" + i);
        }
        try {
            Files.move(h2, target);
            System.err.println("credpath: kept the imported H2 file as " + target.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename the imported H2 database " + h2 + ": " + e.getMessage(), e);
        }
    }
}
