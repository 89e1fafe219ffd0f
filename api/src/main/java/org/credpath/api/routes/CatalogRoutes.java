package org.credpath.api.routes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.http.ApiJson;
import org.credpath.api.http.FieldError;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.CatalogService;
import org.credpath.api.service.CredentialHit;
import org.credpath.api.service.CredentialQuery;
import org.credpath.api.store.TenantDocuments;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialReader;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.index.CredentialDocuments;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The catalogue: search and lookup through the bound {@link CatalogService}, and the tenant's own
 * credentials, stored durably first and then handed to the index.
 */
public final class CatalogRoutes {

    /** A page of search results. */
    public record SearchResult(List<CredentialHit> items) {
    }

    /** The answer to an upload: how many were committed and whether the index took them. */
    public record Stored(int stored, boolean indexed) {
    }

    static final int MAX_ID = Limits.CREDENTIAL_ID;

    private final TenantDocuments credentials;
    private final java.util.Optional<CatalogService> catalog;
    private final RequestBodies bodies;

    public CatalogRoutes(TenantDocuments credentials, java.util.Optional<CatalogService> catalog, RequestBodies bodies) {
        this.credentials = credentials;
        this.catalog = catalog;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/credentials", this::search, Access.READ);
        routes.get("/v1/credentials/{id}", this::get, Access.READ);
        routes.post("/v1/credentials", this::upload, Access.TENANT);
        routes.delete("/v1/credentials/{id}", this::delete, Access.TENANT);
    }

    private void search(Context ctx) {
        CredentialQuery q = Validation.validated(() -> new CredentialQuery(
                QueryParams.text(ctx, "q", 1000),
                QueryParams.vocabulary(ctx, "type", CredentialType::parse, values(CredentialType.values())),
                QueryParams.nonNegative(ctx, "maxHours"), QueryParams.nonNegative(ctx, "maxCostUsd"),
                QueryParams.vocabulary(ctx, "delivery", Delivery::parse, values(Delivery.values())),
                QueryParams.k(ctx)));
        CatalogService svc = catalog.orElseThrow(() -> ProblemException.unavailable("catalogue search"));
        ctx.json(new SearchResult(svc.search(AuthFilter.principal(ctx).tenantId(), q)));
    }

    private void get(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = ctx.pathParam("id");
        var own = credentials.find(tenant, id);
        if (own.isPresent()) {
            ctx.contentType("application/json").result(own.get().json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        CatalogService svc = catalog.orElseThrow(() -> ProblemException.unavailable("the shipped catalogue"));
        ctx.json(svc.find(tenant, id).orElseThrow(() -> ProblemException.notFound("credential", id)));
    }

    private void upload(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        java.util.Optional<org.credpath.engine.formats.ImportResult> imported = CredentialImports.read(ctx, bodies);
        List<Credential> parsed = imported.isPresent() ? imported.get().credentials()
                : bodies.strictBatch(ctx, CredentialReader::read);
        if (parsed.size() > Limits.CREDENTIALS) {
            throw ProblemException.invalid("at most " + Limits.CREDENTIALS + " credentials per request, got "
                    + parsed.size(), List.of(new FieldError("", "at most " + Limits.CREDENTIALS + " credentials per request")));
        }
        for (int i = 0; i < parsed.size(); i++) {
            Ids.check("[" + i + "].id", parsed.get(i).id(), MAX_ID);
            Limits.credential("[" + i + "].", parsed.get(i));
        }
        refuseUnindexable(parsed);
        Map<String, String> docs = new LinkedHashMap<>();
        parsed.forEach(c -> docs.put(c.id(), ApiJson.mapper().writeValueAsString(c)));
        credentials.upsertAll(tenant, docs);
        catalog.ifPresent(s -> s.upsertTenantCredentials(tenant, parsed));
        ctx.status(201).json(imported.isPresent() ? CredentialImports.answer(imported.get(), catalog.isPresent())
                : new Stored(parsed.size(), catalog.isPresent()));
    }

    /**
     * Before anything is committed: a credential the search index would refuse (a term over Lucene's
     * limit, e.g. a 40,000-character provider) is a 400 naming the field, so that no stored row can
     * fail at the next start.
     */
    private static void refuseUnindexable(List<Credential> parsed) {
        List<FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            for (CredentialDocuments.OversizedTerm t : CredentialDocuments.oversizedTerms(parsed.get(i))) {
                errors.add(new FieldError("[" + i + "]." + t.field(), "too long: " + t.utf8Bytes()
                        + " bytes in UTF-8, at most " + CredentialDocuments.MAX_TERM_BYTES));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.getFirst().field() + ": " + errors.getFirst().message(), errors);
        }
    }

    private void delete(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = ctx.pathParam("id");
        if (!credentials.delete(tenant, id)) {
            throw ProblemException.notFound("credential added by this tenant", id);
        }
        catalog.ifPresent(s -> s.removeTenantCredential(tenant, id));
        ctx.status(204);
    }

    static String values(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> ApiJson.mapper().writeValueAsString(c).replace("\"", ""))
                .collect(Collectors.joining(", "));
    }
}
