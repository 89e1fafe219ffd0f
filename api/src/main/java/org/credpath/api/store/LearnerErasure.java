package org.credpath.api.store;

/** Deletes a learner of a tenant with everything stored about them, in one transaction. */
public final class LearnerErasure {

    /** Rows deleted per table. */
    public record Deleted(int learners, int events, int pathways) {
        public boolean any() {
            return learners + events + pathways > 0;
        }
    }

    private final Database db;

    public LearnerErasure(Database db) {
        this.db = db;
    }

    /** The learner's profile, events and saved pathways within {@code tenantId}: all, or none on failure. */
    public Deleted delete(String tenantId, String learnerId) {
        return db.write(c -> new Deleted(
                Jdbc.update(c, "DELETE FROM learners WHERE tenant_id = ? AND id = ?", tenantId, learnerId),
                Jdbc.update(c, "DELETE FROM events WHERE tenant_id = ? AND learner_id = ?", tenantId, learnerId),
                Jdbc.update(c, "DELETE FROM pathways WHERE tenant_id = ? AND learner_id = ?", tenantId, learnerId)));
    }
}
