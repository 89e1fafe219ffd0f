package org.credpath.api.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of tenant-owned JSON documents keyed by {@code (tenant_id, id)}: {@code learners} or
 * {@code credentials}. Every statement filters on the tenant, so one tenant never reads or
 * overwrites another's documents.
 */
public final class TenantDocuments {

    /** Whether an upsert created the document or replaced an existing one. */
    public enum Outcome { CREATED, UPDATED }

    private final Database db;
    private final String table;

    private TenantDocuments(Database db, String table) {
        this.db = db;
        this.table = table;
    }

    public static TenantDocuments learners(Database db) {
        return new TenantDocuments(db, "learners");
    }

    public static TenantDocuments credentials(Database db) {
        return new TenantDocuments(db, "credentials");
    }

    public Optional<StoredDocument> find(String tenantId, String id) {
        return db.inTransaction(c -> Jdbc.queryOne(c, "SELECT tenant_id, id, body, created_at, updated_at FROM "
                + table + " WHERE tenant_id = ? AND id = ?", TenantDocuments::map, tenantId, id));
    }

    /** Inserts only when absent; false when the id already exists for this tenant. */
    public boolean insertIfAbsent(String tenantId, String id, String json) {
        return db.write(c -> {
            if (exists(c, tenantId, id)) {
                return false;
            }
            OffsetDateTime now = Jdbc.now();
            Jdbc.update(c, "INSERT INTO " + table + " (tenant_id, id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    tenantId, id, json, now, now);
            return true;
        });
    }

    public Outcome upsert(String tenantId, String id, String json) {
        return db.write(c -> upsert(c, tenantId, id, json));
    }

    /** Upserts every document (id -> JSON) in one transaction: all or nothing. */
    public int upsertAll(String tenantId, Map<String, String> documents) {
        return db.write(c -> {
            for (Map.Entry<String, String> e : documents.entrySet()) {
                upsert(c, tenantId, e.getKey(), e.getValue());
            }
            return documents.size();
        });
    }

    public boolean delete(String tenantId, String id) {
        return db.write(c -> Jdbc.update(c, "DELETE FROM " + table + " WHERE tenant_id = ? AND id = ?",
                tenantId, id) == 1);
    }

    public List<StoredDocument> list(String tenantId, int limit) {
        return list(tenantId, null, limit);
    }

    /** Up to {@code limit} documents in id order after {@code afterId} (null: from the start). */
    public List<StoredDocument> list(String tenantId, String afterId, int limit) {
        return db.inTransaction(c -> Jdbc.query(c, "SELECT tenant_id, id, body, created_at, updated_at FROM " + table
                + " WHERE tenant_id = ? AND id > ? ORDER BY id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                TenantDocuments::map, tenantId, afterId == null ? "" : afterId));
    }

    /** Every document of every tenant, in (tenant, id) order, streamed to {@code sink}; returns how many. */
    public long forEachDocument(java.util.function.Consumer<StoredDocument> sink) {
        return db.inTransaction(c -> {
            long n = 0;
            try (var ps = c.prepareStatement("SELECT tenant_id, id, body, created_at, updated_at FROM " + table
                    + " ORDER BY tenant_id, id")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(map(rs));
                        n++;
                    }
                }
            }
            return n;
        });
    }

    public long count(String tenantId) {
        return db.inTransaction(c -> Jdbc.queryOne(c, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?",
                rs -> rs.getLong(1), tenantId).orElse(0L));
    }

    private Outcome upsert(Connection c, String tenantId, String id, String json) throws SQLException {
        boolean existed = exists(c, tenantId, id);
        Jdbc.update(c, "MERGE INTO " + table + " t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
                + " CAST(? AS TEXT), CAST(? AS TIMESTAMP WITH TIME ZONE))) AS s(tenant_id, id, body, ts)"
                + " ON t.tenant_id = s.tenant_id AND t.id = s.id"
                + " WHEN MATCHED THEN UPDATE SET body = s.body, updated_at = s.ts"
                + " WHEN NOT MATCHED THEN INSERT (tenant_id, id, body, created_at, updated_at)"
                + " VALUES (s.tenant_id, s.id, s.body, s.ts, s.ts)", tenantId, id, json, Jdbc.now());
        return existed ? Outcome.UPDATED : Outcome.CREATED;
    }

    private boolean exists(Connection c, String tenantId, String id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT 1 FROM " + table + " WHERE tenant_id = ? AND id = ?",
                rs -> rs.getInt(1), tenantId, id).isPresent();
    }

    private static StoredDocument map(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString("tenant_id"), rs.getString("id"), rs.getString("body"),
                Jdbc.timestamp(rs, "created_at"), Jdbc.timestamp(rs, "updated_at"));
    }
}
