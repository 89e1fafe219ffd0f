package org.credpath.api.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code tenants} table. */
public final class TenantRepository {
    private final Database db;

    public TenantRepository(Database db) {
        this.db = db;
    }

    /** Inserts a tenant; false when the id is taken. */
    public boolean create(Tenant t) {
        return db.write(c -> {
            if (Jdbc.queryOne(c, "SELECT id FROM tenants WHERE id = ?", rs -> rs.getString(1), t.id()).isPresent()) {
                return false;
            }
            Jdbc.update(c, "INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)",
                    t.id(), t.name(), t.createdAt());
            return true;
        });
    }

    public Optional<Tenant> find(String id) {
        return db.inTransaction(c -> Jdbc.queryOne(c,
                "SELECT id, name, created_at FROM tenants WHERE id = ?", TenantRepository::map, id));
    }

    public List<Tenant> list() {
        return db.inTransaction(c -> Jdbc.query(c,
                "SELECT id, name, created_at FROM tenants ORDER BY id", TenantRepository::map));
    }

    public long count() {
        return db.inTransaction(c -> Jdbc.queryOne(c, "SELECT COUNT(*) FROM tenants", rs -> rs.getLong(1)).orElse(0L));
    }

    private static Tenant map(ResultSet rs) throws SQLException {
        return new Tenant(rs.getString("id"), rs.getString("name"), Jdbc.timestamp(rs, "created_at"));
    }
}
