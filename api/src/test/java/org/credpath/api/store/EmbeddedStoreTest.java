package org.credpath.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {
    @TempDir
    Path dir;

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 30, 15, 123_456_000, ZoneOffset.UTC);

    @Test
    void theEmbeddedStoreIsASqliteFileInWalModeWithFullSync() throws Exception {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        assertThat(config.embeddedFile()).contains(dir.toAbsolutePath().normalize().resolve("credpath.db"));
        try (Database db = Database.open(config); Connection c = db.dataSource().getConnection()) {
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
        }
        assertThat(Files.exists(dir.resolve("credpath.db"))).isTrue();
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedAndTheFirstKeepsWorking() {
        try (Database first = Database.open(DatabaseConfig.embedded(dir))) {
            assertThatThrownBy(() -> Database.open(DatabaseConfig.embedded(dir)))
                    .isInstanceOf(StoreInUseException.class).hasMessageContaining("in use by another process");
            assertThat(new TenantRepository(first).create(new Tenant("acme", "Acme", T0))).isTrue();
        }
        try (Database again = Database.open(DatabaseConfig.embedded(dir))) {
            assertThat(new TenantRepository(again).find("acme")).isPresent();
        }
    }

    @Test
    void valuesLongerThanTheColumnsAreRefusedAsOnPostgresql() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            new TenantRepository(db).create(new Tenant("acme", "Acme", T0));
            TenantDocuments learners = TenantDocuments.learners(db);
            assertThatThrownBy(() -> learners.upsert("acme", "x".repeat(201), "{}"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("CHECK");
            assertThatThrownBy(() -> learners.upsert("nobody", "l-1", "{}"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
            assertThat(learners.count("acme")).isZero();
        }
    }

    @Test
    void timestampsRoundTripToTheNanosecondAndSortInTimeOrder() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            new TenantRepository(db).create(new Tenant("acme", "Acme", T0));
            EventRepository events = new EventRepository(db);
            Instant late = Instant.parse("2026-03-01T10:00:00Z");
            Instant early = Instant.parse("2026-03-01T09:59:59.999999999Z");
            Instant earliest = Instant.parse("2025-12-31T23:00:00.5Z");
            events.appendAll("acme", List.of(event("l", late), event("l", early), event("l", earliest)));
            assertThat(events.list("acme", 10)).extracting(Event::timestamp).containsExactly(earliest, early, late);
            assertThat(new TenantRepository(db).find("acme").orElseThrow().createdAt()).isEqualTo(T0);
        }
    }

    @Test
    void theRowsOfAnEarlierH2DatabaseAreImportedOnceAndItsFileIsKept() throws Exception {
        writeEarlierH2Database(dir.resolve("credpath"));
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertThat(new TenantRepository(db).find("acme").orElseThrow().createdAt()).isEqualTo(T0);
            assertThat(new ApiKeyRepository(db).listForTenant("acme")).hasSize(1);
            assertThat(TenantDocuments.learners(db).find("acme", "l-1").orElseThrow().json()).isEqualTo("{\"id\":\"l-1\"}");
            assertThat(TenantDocuments.credentials(db).count("acme")).isEqualTo(1);
            assertThat(new PathwayRepository(db).find("acme", "p-1")).isPresent();
            List<Event> events = new EventRepository(db).list("acme", 10);
            assertThat(events).extracting(Event::id).containsExactly("e-1", null);
            assertThat(events.getFirst().timestamp()).isEqualTo(T0.toInstant());
            // the imported ids stay taken: re-posting an imported event id stores nothing
            assertThat(new EventRepository(db).appendAll("acme", List.of(
                    new Event("l-1", "c-1", EventType.CLICK, T0.toInstant(), 1, null, "e-1")))).isZero();
        }
        assertThat(dir.resolve("credpath.mv.db")).doesNotExist();
        assertThat(dir.resolve("credpath.mv.db.imported")).exists();
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertThat(new TenantRepository(db).count()).isEqualTo(1);
            assertThat(new EventRepository(db).count("acme")).isEqualTo(2);
        }
    }

    @Test
    void anH2FileBesideAStoreThatHoldsDataIsLeftAlone() throws Exception {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            new TenantRepository(db).create(new Tenant("other", "Other", T0));
        }
        writeEarlierH2Database(dir.resolve("credpath"));
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertThat(new TenantRepository(db).list()).extracting(Tenant::id).containsExactly("other");
        }
        assertThat(dir.resolve("credpath.mv.db")).exists();
    }

    @Test
    void onlySqliteFilesAndPostgresqlUrlsAreAccepted() {
        assertThat(new DatabaseConfig("jdbc:postgresql://127.0.0.1/credpath", "", "", 1).embeddedFile()).isEmpty();
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:h2:file:/tmp/x", "", "", 1))
                .hasMessageContaining("only jdbc:postgresql:");
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:sqlite::memory:", "", "", 1))
                .hasMessageContaining("needs a file path");
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:sqlite:/tmp/x.db?synchronous=OFF", "", "", 1))
                .hasMessageContaining("no options");
    }

    /** An H2 file as earlier versions wrote it: the PostgreSQL-mode schema, one row in each table. */
    private static void writeEarlierH2Database(Path base) throws Exception {
        String url = "jdbc:h2:file:" + base.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/postgresql").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            exec(c, "INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)", "acme", "Acme", T0);
            exec(c, "INSERT INTO api_keys (id, tenant_id, key_hash, key_type, label, origins, rate_per_minute, burst,"
                    + " created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "k-1", "acme", "a".repeat(64),
                    "tenant", "backend", "[]", 60, 10, T0, null);
            exec(c, "INSERT INTO learners (tenant_id, id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    "acme", "l-1", "{\"id\":\"l-1\"}", T0, T0);
            exec(c, "INSERT INTO credentials (tenant_id, id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    "acme", "c-1", "{\"id\":\"c-1\"}", T0, T0);
            exec(c, "INSERT INTO pathways (tenant_id, id, learner_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
                    "acme", "p-1", "l-1", "{}", T0);
            exec(c, "INSERT INTO events (tenant_id, learner_id, credential_id, event_type, occurred_at, rank_position,"
                    + " request_id, received_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "acme", "l-1", "c-1", "click", T0, 1, null, T0, "e-1");
            exec(c, "INSERT INTO events (tenant_id, learner_id, credential_id, event_type, occurred_at, rank_position,"
                    + " request_id, received_at, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "acme", "l-1", "c-1", "enrol", T0.plusHours(1), null, null, T0, null);
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws Exception {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static String pragma(Connection c, String name) throws Exception {
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Event event(String learner, Instant at) {
        return new Event(learner, "c-1", EventType.IMPRESSION, at, null, null, null);
    }
}
