package org.credpath.api.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

/** The {@code events} table: feedback events per tenant, appended in batches. */
public final class EventRepository {
    private final Database db;

    public EventRepository(Database db) {
        this.db = db;
    }

    /** Appends every event in one transaction: all are stored, or none. */
    public int appendAll(String tenantId, List<EventRow> events) {
        OffsetDateTime now = Jdbc.now();
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (tenant_id, learner_id, credential_id,"
                    + " event_type, occurred_at, rank_position, request_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (EventRow e : events) {
                    ps.setString(1, tenantId);
                    ps.setString(2, e.learnerId());
                    ps.setString(3, e.credentialId());
                    ps.setString(4, e.type().wire());
                    ps.setObject(5, e.timestamp());
                    if (e.position() == null) {
                        ps.setNull(6, Types.INTEGER);
                    } else {
                        ps.setInt(6, e.position());
                    }
                    ps.setString(7, e.requestId());
                    ps.setObject(8, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return events.size();
        });
    }

    public long count(String tenantId) {
        return db.inTransaction(c -> Jdbc.queryOne(c, "SELECT COUNT(*) FROM events WHERE tenant_id = ?",
                rs -> rs.getLong(1), tenantId).orElse(0L));
    }

    /** A tenant's events in time order (for training and export). */
    public List<EventRow> list(String tenantId, int limit) {
        return db.inTransaction(c -> Jdbc.query(c, "SELECT learner_id, credential_id, event_type, occurred_at,"
                + " rank_position, request_id FROM events WHERE tenant_id = ? ORDER BY occurred_at, id FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", EventRepository::map, tenantId));
    }

    private static EventRow map(ResultSet rs) throws SQLException {
        int pos = rs.getInt("rank_position");
        Integer position = rs.wasNull() ? null : pos;
        return new EventRow(rs.getString("learner_id"), rs.getString("credential_id"),
                EventType.fromWire(rs.getString("event_type")), Jdbc.timestamp(rs, "occurred_at"), position,
                rs.getString("request_id"));
    }
}
