package org.credpath.api.routes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.ApiKeys;
import org.credpath.api.auth.IssuedKey;
import org.credpath.api.auth.KeySpec;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.store.ApiKeyRecord;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.Tenant;
import org.credpath.api.store.TenantRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Tenant and key management, for admin keys only. Secrets are returned once, at issue. */
public final class AdminRoutes {

    /** Body of {@code POST /v1/admin/tenants}. */
    public record NewTenant(String id, String name) {
    }

    /** Body of {@code POST /v1/admin/tenants/{id}/keys}; rate and burst default by type. */
    public record NewKey(String type, String label, List<String> origins, Integer ratePerMinute, Integer burst) {
    }

    /** A key as listed: never the secret or its hash. */
    public record KeyView(String id, String tenantId, String type, String label, List<String> origins,
            int ratePerMinute, int burst, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
        static KeyView of(ApiKeyRecord k) {
            return new KeyView(k.id(), k.tenantId(), k.type().wire(), k.label(), k.origins(), k.ratePerMinute(),
                    k.burst(), k.createdAt(), k.revokedAt());
        }
    }

    /** A newly issued key with its secret (shown only here). */
    public record IssuedKeyView(KeyView key, String secret) {
    }

    private final TenantRepository tenants;
    private final ApiKeys keys;
    private final RequestBodies bodies;

    public AdminRoutes(TenantRepository tenants, ApiKeys keys, RequestBodies bodies) {
        this.tenants = tenants;
        this.keys = keys;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/admin/tenants", this::createTenant, Access.ADMIN);
        routes.get("/v1/admin/tenants", ctx -> ctx.json(tenants.list()), Access.ADMIN);
        routes.post("/v1/admin/tenants/{id}/keys", this::issueKey, Access.ADMIN);
        routes.get("/v1/admin/tenants/{id}/keys", this::listKeys, Access.ADMIN);
        routes.delete("/v1/admin/keys/{keyId}", this::revoke, Access.ADMIN);
    }

    private void createTenant(Context ctx) {
        NewTenant body = bodies.json(ctx, NewTenant.class);
        Limits.text("id", body.id(), 64);
        Limits.text("name", body.name(), 200);
        Tenant t = Validation.validated(() -> new Tenant(body.id(), body.name(), OffsetDateTime.now(ZoneOffset.UTC)));
        if (!tenants.create(t)) {
            throw ProblemException.conflict("a tenant with id " + t.id() + " already exists");
        }
        ctx.status(201).header("Location", "/v1/admin/tenants/" + t.id()).json(t);
    }

    private void issueKey(Context ctx) {
        String tenantId = requireTenant(ctx.pathParam("id"));
        NewKey body = bodies.json(ctx, NewKey.class);
        Limits.text("label", body.label(), 200);
        Limits.size("origins", body.origins(), Limits.SHORT_LIST);
        if (body.origins() != null) {
            for (int i = 0; i < body.origins().size(); i++) {
                Limits.text("origins[" + i + "]", body.origins().get(i), Limits.URL);
            }
        }
        KeySpec spec = Validation.validated(() -> {
            KeyType type = KeyType.fromWire(body.type());
            KeySpec d = KeySpec.defaults(type, body.label(), body.origins());
            return new KeySpec(type, body.label(), body.origins(),
                    body.ratePerMinute() == null ? d.ratePerMinute() : body.ratePerMinute(),
                    body.burst() == null ? d.burst() : body.burst());
        });
        IssuedKey issued = keys.issue(tenantId, spec);
        ctx.status(201).json(new IssuedKeyView(KeyView.of(issued.record()), issued.secret()));
    }

    private void listKeys(Context ctx) {
        String tenantId = requireTenant(ctx.pathParam("id"));
        ctx.json(keys.list(tenantId).stream().map(KeyView::of).toList());
    }

    private void revoke(Context ctx) {
        if (!keys.revoke(ctx.pathParam("keyId"))) {
            throw ProblemException.notFound("valid key", ctx.pathParam("keyId"));
        }
        ctx.status(204);
    }

    private String requireTenant(String id) {
        return tenants.find(id).map(Tenant::id).orElseThrow(() -> ProblemException.notFound("tenant", id));
    }
}
