package org.credpath.api.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;

/** The {@code events} table: feedback events ({@link Event}) per tenant, appended in batches. */
public final class EventRepository {
    private final Database db;

    public EventRepository(Database db) {
        this.db = db;
    }

    /**
     * Appends every event in one transaction: all are stored, or none. An event whose id this tenant
     * already stored is skipped (idempotent re-posting); returns how many were stored.
     */
    public int appendAll(String tenantId, List<Event> events) {
        OffsetDateTime now = Jdbc.now();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (tenant_id, learner_id, credential_id,"
                    + " event_type, occurred_at, rank_position, request_id, received_at, event_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Event e : events) {
                    bind(ps, tenantId, e, now);
                    ps.addBatch();
                }
                int stored = 0;
                for (int n : ps.executeBatch()) {
                    stored += n == PreparedStatement.SUCCESS_NO_INFO ? 1 : n;
                }
                return stored;
            }
        });
    }

    private static void bind(PreparedStatement ps, String tenantId, Event e, OffsetDateTime now) throws SQLException {
        ps.setString(1, tenantId);
        ps.setString(2, e.learnerId());
        ps.setString(3, e.credentialId());
        ps.setString(4, e.type().value());
        ps.setObject(5, e.timestamp().atOffset(ZoneOffset.UTC));
        if (e.position() == null) {
            ps.setNull(6, Types.INTEGER);
        } else {
            ps.setInt(6, e.position());
        }
        ps.setString(7, e.requestId());
        ps.setObject(8, now);
        ps.setString(9, e.id());
    }

    public long count(String tenantId) {
        return db.inTransaction(c -> Jdbc.queryOne(c, "SELECT COUNT(*) FROM events WHERE tenant_id = ?",
                rs -> rs.getLong(1), tenantId).orElse(0L));
    }

    /** A tenant's events in time order (for training and export). */
    public List<Event> list(String tenantId, int limit) {
        return db.inTransaction(c -> Jdbc.query(c, "SELECT learner_id, credential_id, event_type, occurred_at,"
                + " rank_position, request_id, event_id FROM events WHERE tenant_id = ? ORDER BY occurred_at, id FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", EventRepository::map, tenantId));
    }

    /** Streams a tenant's events in time order to {@code sink}; returns how many. */
    public long forEach(String tenantId, java.util.function.Consumer<Event> sink) {
        return db.inTransaction(c -> {
            long n = 0;
            try (PreparedStatement ps = Jdbc.prepare(c, "SELECT learner_id, credential_id, event_type, occurred_at,"
                    + " rank_position, request_id, event_id FROM events WHERE tenant_id = ? ORDER BY occurred_at, id", tenantId)) {
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

    private static Event map(ResultSet rs) throws SQLException {
        int pos = rs.getInt("rank_position");
        Integer position = rs.wasNull() ? null : pos;
        String type = rs.getString("event_type");
        return new Event(rs.getString("learner_id"), rs.getString("credential_id"),
                EventType.parse(type).orElseThrow(() -> new IllegalStateException("stored event type " + type)),
                Jdbc.timestamp(rs, "occurred_at").toInstant(), position, rs.getString("request_id"),
                rs.getString("event_id"));
    }
}
