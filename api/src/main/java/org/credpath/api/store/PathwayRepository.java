package org.credpath.api.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code pathways} table: pathways saved by a tenant, as JSON. */
public final class PathwayRepository {
    private final Database db;

    public PathwayRepository(Database db) {
        this.db = db;
    }

    /** Saves a pathway under a new id; learnerId may be null. */
    public void save(String tenantId, String id, String learnerId, String json) {
        db.write(c -> Jdbc.update(c,
                "INSERT INTO pathways (tenant_id, id, learner_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
                tenantId, id, learnerId, json, Jdbc.now()));
    }

    public Optional<StoredDocument> find(String tenantId, String id) {
        return db.inTransaction(c -> Jdbc.queryOne(c,
                "SELECT tenant_id, id, body, created_at FROM pathways WHERE tenant_id = ? AND id = ?",
                PathwayRepository::map, tenantId, id));
    }

    /** The learner a saved pathway was planned for, when it was planned for a stored learner. */
    public Optional<String> learnerId(String tenantId, String id) {
        return db.inTransaction(c -> Jdbc.queryOne(c, "SELECT learner_id FROM pathways WHERE tenant_id = ? AND id = ?",
                rs -> Optional.ofNullable(rs.getString(1)), tenantId, id)).flatMap(o -> o).filter(s -> !s.isBlank());
    }

    /** A learner's saved pathways in id order, after {@code afterId} (null: from the start). */
    public List<StoredDocument> listByLearner(String tenantId, String learnerId, String afterId, int limit) {
        return db.inTransaction(c -> Jdbc.query(c, "SELECT tenant_id, id, body, created_at FROM pathways"
                + " WHERE tenant_id = ? AND learner_id = ? AND id > ? ORDER BY id LIMIT " + Math.max(1, limit),
                PathwayRepository::map, tenantId, learnerId, afterId == null ? "" : afterId));
    }

    private static StoredDocument map(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString("tenant_id"), rs.getString("id"), rs.getString("body"),
                Jdbc.timestamp(rs, "created_at"), Jdbc.timestamp(rs, "created_at"));
    }
}
