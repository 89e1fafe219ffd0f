package org.credpath.api.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stored rows that could not be loaded at start (e.g. a tenant credential the search index refuses).
 * The start goes on without them; they stay in the database until an admin removes them
 * ({@code /v1/admin/unloaded-rows}), and are counted in {@code /metrics}.
 */
public final class UnloadedRows {

    /**
     * One row left out.
     *
     * @param table    the table ({@code credentials})
     * @param tenantId the owning tenant
     * @param id       the row's id within the tenant
     * @param reason   why it was left out, naming the field when known
     */
    public record UnloadedRow(String table, String tenantId, String id, String reason) {
    }

    private record Key(String table, String tenantId, String id) {
    }

    private final Map<Key, UnloadedRow> rows = new ConcurrentHashMap<>();

    public void add(UnloadedRow row) {
        rows.put(new Key(row.table(), row.tenantId(), row.id()), row);
    }

    public Optional<UnloadedRow> find(String table, String tenantId, String id) {
        return Optional.ofNullable(rows.get(new Key(table, tenantId, id)));
    }

    public boolean remove(String table, String tenantId, String id) {
        return rows.remove(new Key(table, tenantId, id)) != null;
    }

    /** All rows in (table, tenant, id) order. */
    public List<UnloadedRow> list() {
        return rows.values().stream().sorted(Comparator.comparing(UnloadedRow::table)
                .thenComparing(UnloadedRow::tenantId).thenComparing(UnloadedRow::id)).toList();
    }

    public int size() {
        return rows.size();
    }
}
