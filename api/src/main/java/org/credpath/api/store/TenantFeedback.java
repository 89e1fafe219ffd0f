package org.credpath.api.store;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.credpath.engine.events.FeedbackCounts;
import org.credpath.engine.events.FeedbackTally;

/**
 * Each tenant's stored feedback events counted per credential, for the serving models' popularity
 * and click-rate features. Counted from the {@code events} table at start, then kept current by this
 * process: {@link EventRepository#appendAll} adds the events it stored once their transaction has
 * committed (before the request is answered), and {@link LearnerErasure} recounts the tenant after a
 * deletion. Freshness: a recommendation asked after a 201 on {@code POST /v1/events} sees those events.
 * Servers sharing one PostgreSQL database see each other's events at their next start.
 */
public final class TenantFeedback {

    private final Map<String, FeedbackTally> byTenant = new ConcurrentHashMap<>();
    private final Database db;

    private TenantFeedback(Database db) {
        this.db = db;
    }

    /** Counts every tenant's stored events. */
    public static TenantFeedback load(Database db) {
        TenantFeedback f = new TenantFeedback(db);
        f.count(null);
        return f;
    }

    /** The tenant's counts (live: later stored events show through). */
    public FeedbackCounts of(String tenantId) {
        FeedbackTally t = byTenant.get(tenantId);
        return t == null ? FeedbackCounts.none() : t;
    }

    void stored(String tenantId, Collection<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        FeedbackTally t = byTenant.computeIfAbsent(tenantId, k -> new FeedbackTally());
        for (Event e : events) {
            t.add(e.credentialId(), e.type(), 1);
        }
    }

    /** Recounts one tenant from the table (after rows were deleted). */
    void recount(String tenantId) {
        count(tenantId);
    }

    private void count(String onlyTenant) {
        Map<String, FeedbackTally> fresh = new ConcurrentHashMap<>();
        String where = onlyTenant == null ? "" : " WHERE tenant_id = ?";
        Object[] params = onlyTenant == null ? new Object[0] : new Object[] {onlyTenant};
        db.inTransaction(c -> Jdbc.query(c, "SELECT tenant_id, credential_id, event_type, COUNT(*) AS n FROM events"
                + where + " GROUP BY tenant_id, credential_id, event_type", rs -> {
                    String tenant = rs.getString("tenant_id");
                    String credential = rs.getString("credential_id");
                    long n = rs.getLong("n");
                    EventType.parse(rs.getString("event_type")).ifPresent(type -> fresh
                            .computeIfAbsent(tenant, k -> new FeedbackTally()).add(credential, type, n));
                    return Boolean.TRUE;
                }, params));
        if (onlyTenant == null) {
            byTenant.putAll(fresh);
        } else {
            byTenant.compute(onlyTenant, (k, old) -> fresh.get(onlyTenant));
        }
    }
}
