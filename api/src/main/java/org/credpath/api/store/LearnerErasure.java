package org.credpath.api.store;

/** Deletes a learner of a tenant with everything stored about them, in one transaction. */
public final class LearnerErasure {

    /** Rows deleted per table ({@code teamMemberships}: the teams the learner was removed from). */
    public record Deleted(int learners, int events, int pathways, int teamMemberships) {
        public boolean any() {
            return learners + events + pathways + teamMemberships > 0;
        }
    }

    private final Database db;
    private final TenantFeedback feedback;

    public LearnerErasure(Database db) {
        this(db, null);
    }

    /** An erasure that recounts the tenant's feedback (may be null) when events were deleted. */
    public LearnerErasure(Database db, TenantFeedback feedback) {
        this.db = db;
        this.feedback = feedback;
    }

    /** The learner's profile, events, saved pathways and team memberships within {@code tenantId}: all, or none on failure. */
    public Deleted delete(String tenantId, String learnerId) {
        Deleted d = db.write(c -> new Deleted(
                Jdbc.update(c, "DELETE FROM learners WHERE tenant_id = ? AND id = ?", tenantId, learnerId),
                Jdbc.update(c, "DELETE FROM events WHERE tenant_id = ? AND learner_id = ?", tenantId, learnerId),
                Jdbc.update(c, "DELETE FROM pathways WHERE tenant_id = ? AND learner_id = ?", tenantId, learnerId),
                Jdbc.update(c, "DELETE FROM team_members WHERE tenant_id = ? AND learner_id = ?", tenantId, learnerId)));
        if (feedback != null && d.events() > 0) {
            feedback.recount(tenantId);
        }
        return d;
    }
}
