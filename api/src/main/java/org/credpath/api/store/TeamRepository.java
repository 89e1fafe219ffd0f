package org.credpath.api.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code teams} and {@code team_members} tables: named groups of a tenant's stored learners.
 * Every statement filters on the tenant; a team is written whole in one transaction, and only when
 * every member is a stored learner of the same tenant.
 */
public final class TeamRepository {

    /**
     * A stored team.
     *
     * @param targetOccupationsJson the target roles as the JSON array the caller stored
     */
    public record StoredTeam(String tenantId, String id, String name, String targetOccupationsJson,
            List<String> learnerIds, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        public StoredTeam {
            learnerIds = List.copyOf(learnerIds);
        }
    }

    /**
     * What a save did.
     *
     * @param created        the team was new (else replaced)
     * @param unknownLearner the index in the given list of the first id that is no stored learner of the
     *                       tenant (nothing was written), or -1
     */
    public record Saved(boolean created, int unknownLearner) {
    }

    private final Database db;

    public TeamRepository(Database db) {
        this.db = db;
    }

    /** Creates or replaces a team with these members, in order; nothing is written when a member is unknown. */
    public Saved save(String tenantId, String id, String name, String targetOccupationsJson, List<String> learnerIds) {
        return db.write(c -> {
            for (int i = 0; i < learnerIds.size(); i++) {
                if (Jdbc.queryOne(c, "SELECT 1 FROM learners WHERE tenant_id = ? AND id = ?", rs -> 1, tenantId,
                        learnerIds.get(i)).isEmpty()) {
                    return new Saved(false, i);
                }
            }
            boolean existed = find(c, tenantId, id).isPresent();
            OffsetDateTime now = Jdbc.now();
            Jdbc.update(c, "INSERT INTO teams (tenant_id, id, name, target_occupations, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name,"
                    + " target_occupations = excluded.target_occupations, updated_at = excluded.updated_at",
                    tenantId, id, name, targetOccupationsJson, now, now);
            Jdbc.update(c, "DELETE FROM team_members WHERE tenant_id = ? AND team_id = ?", tenantId, id);
            for (int i = 0; i < learnerIds.size(); i++) {
                Jdbc.update(c, "INSERT INTO team_members (tenant_id, team_id, learner_id, position) VALUES (?, ?, ?, ?)",
                        tenantId, id, learnerIds.get(i), i);
            }
            return new Saved(!existed, -1);
        });
    }

    public Optional<StoredTeam> find(String tenantId, String id) {
        return db.inTransaction(c -> find(c, tenantId, id));
    }

    /** Up to {@code limit} teams in id order after {@code afterId} (null: from the start). */
    public List<StoredTeam> list(String tenantId, String afterId, int limit) {
        return db.inTransaction(c -> {
            List<StoredTeam> heads = Jdbc.query(c, "SELECT tenant_id, id, name, target_occupations, created_at, updated_at"
                    + " FROM teams WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT " + Math.max(1, limit),
                    TeamRepository::head, tenantId, afterId == null ? "" : afterId);
            List<StoredTeam> out = new ArrayList<>();
            for (StoredTeam t : heads) {
                out.add(withMembers(c, t));
            }
            return out;
        });
    }

    public boolean delete(String tenantId, String id) {
        return db.write(c -> {
            Jdbc.update(c, "DELETE FROM team_members WHERE tenant_id = ? AND team_id = ?", tenantId, id);
            return Jdbc.update(c, "DELETE FROM teams WHERE tenant_id = ? AND id = ?", tenantId, id) == 1;
        });
    }

    private static Optional<StoredTeam> find(Connection c, String tenantId, String id) throws SQLException {
        Optional<StoredTeam> head = Jdbc.queryOne(c, "SELECT tenant_id, id, name, target_occupations, created_at,"
                + " updated_at FROM teams WHERE tenant_id = ? AND id = ?", TeamRepository::head, tenantId, id);
        return head.isEmpty() ? head : Optional.of(withMembers(c, head.get()));
    }

    private static StoredTeam withMembers(Connection c, StoredTeam t) throws SQLException {
        List<String> members = Jdbc.query(c, "SELECT learner_id FROM team_members WHERE tenant_id = ? AND team_id = ?"
                + " ORDER BY position", rs -> rs.getString(1), t.tenantId(), t.id());
        return new StoredTeam(t.tenantId(), t.id(), t.name(), t.targetOccupationsJson(), members, t.createdAt(),
                t.updatedAt());
    }

    private static StoredTeam head(ResultSet rs) throws SQLException {
        return new StoredTeam(rs.getString("tenant_id"), rs.getString("id"), rs.getString("name"),
                rs.getString("target_occupations"), List.of(), Jdbc.timestamp(rs, "created_at"),
                Jdbc.timestamp(rs, "updated_at"));
    }
}
