package org.credpath.api.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code api_keys} table. */
public final class ApiKeyRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS =
            "id, tenant_id, key_hash, key_type, label, origins, rate_per_minute, burst, created_at, revoked_at";

    private final Database db;

    public ApiKeyRepository(Database db) {
        this.db = db;
    }

    public void insert(ApiKeyRecord k) {
        db.write(c -> Jdbc.update(c, "INSERT INTO api_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                k.id(), k.tenantId(), k.keyHash(), k.type().wire(), k.label(),
                JSON.writeValueAsString(k.origins()), k.ratePerMinute(), k.burst(), k.createdAt(), k.revokedAt()));
    }

    /** The key with this secret hash, revoked or not. */
    public Optional<ApiKeyRecord> findByHash(String keyHash) {
        return db.inTransaction(c -> Jdbc.queryOne(c,
                "SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = ?", ApiKeyRepository::map, keyHash));
    }

    public List<ApiKeyRecord> listForTenant(String tenantId) {
        return db.inTransaction(c -> Jdbc.query(c,
                "SELECT " + COLUMNS + " FROM api_keys WHERE tenant_id = ? ORDER BY created_at, id",
                ApiKeyRepository::map, tenantId));
    }

    /** Every origin allowed by some valid public key (for CORS preflight, which carries no key). */
    public List<String> publicOrigins() {
        List<String> json = db.inTransaction(c -> Jdbc.query(c,
                "SELECT origins FROM api_keys WHERE key_type = 'public' AND revoked_at IS NULL",
                rs -> rs.getString(1)));
        return json.stream().flatMap(s -> parseOrigins(s).stream()).distinct().toList();
    }

    /** Marks a key revoked; false when no such valid key. */
    public boolean revoke(String id) {
        return db.write(c -> Jdbc.update(c,
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", Jdbc.now(), id) == 1);
    }

    private static ApiKeyRecord map(ResultSet rs) throws SQLException {
        return new ApiKeyRecord(rs.getString("id"), rs.getString("tenant_id"), rs.getString("key_hash").trim(),
                KeyType.fromWire(rs.getString("key_type")), rs.getString("label"),
                parseOrigins(rs.getString("origins")), rs.getInt("rate_per_minute"), rs.getInt("burst"),
                Jdbc.timestamp(rs, "created_at"), Jdbc.timestamp(rs, "revoked_at"));
    }

    private static List<String> parseOrigins(String json) {
        String[] arr = JSON.readValue(json, new TypeReference<String[]>() { });
        return Arrays.asList(arr);
    }
}
