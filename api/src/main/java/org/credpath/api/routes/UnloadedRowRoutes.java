package org.credpath.api.routes;

import java.util.List;

import org.credpath.api.auth.Access;
import org.credpath.api.http.ProblemException;
import org.credpath.api.store.TenantDocuments;
import org.credpath.api.store.UnloadedRows;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /v1/admin/unloaded-rows}: stored rows the start had to leave out (see {@link UnloadedRows}),
 * and their removal from the database.
 */
public final class UnloadedRowRoutes {

    /** The rows left out at the last start. */
    public record UnloadedPage(List<UnloadedRows.UnloadedRow> items, int total) {
    }

    private final UnloadedRows unloaded;
    private final TenantDocuments credentials;

    public UnloadedRowRoutes(UnloadedRows unloaded, TenantDocuments credentials) {
        this.unloaded = unloaded;
        this.credentials = credentials;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/admin/unloaded-rows", this::list, Access.ADMIN);
        routes.delete("/v1/admin/unloaded-rows/{table}/{tenantId}/{id}", this::remove, Access.ADMIN);
    }

    private void list(Context ctx) {
        List<UnloadedRows.UnloadedRow> rows = unloaded.list();
        ctx.json(new UnloadedPage(rows, rows.size()));
    }

    /** Deletes a listed row from the database: only rows the start left out (all in credentials) can be removed here. */
    private void remove(Context ctx) {
        String table = ctx.pathParam("table");
        String tenant = ctx.pathParam("tenantId");
        String id = ctx.pathParam("id");
        if (unloaded.find(table, tenant, id).isEmpty()) {
            throw ProblemException.notFound("unloaded row", table + "/" + tenant + "/" + id);
        }
        credentials.delete(tenant, id);
        unloaded.remove(table, tenant, id);
        ctx.status(204);
    }
}
