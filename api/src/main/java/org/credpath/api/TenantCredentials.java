package org.credpath.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.CatalogService;
import org.credpath.api.store.StoredDocument;
import org.credpath.api.store.TenantDocuments;
import org.credpath.api.store.UnloadedRows;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.index.CredentialDocuments;

/**
 * At start, hands every tenant's stored credentials to the catalogue, so additions stay searchable
 * after a restart. A row that cannot be parsed or indexed never stops the start: it is left out,
 * logged on stderr and listed in {@link UnloadedRows}.
 */
final class TenantCredentials {
    static final String TABLE = "credentials";
    private static final int BATCH = 1000;

    private TenantCredentials() {
    }

    static long reindex(TenantDocuments credentials, CatalogService catalog, UnloadedRows unloaded) {
        List<StoredDocument> batch = new ArrayList<>();
        long n = credentials.forEachDocument(doc -> {
            if (!batch.isEmpty() && (!batch.getFirst().tenantId().equals(doc.tenantId()) || batch.size() >= BATCH)) {
                load(batch, catalog, unloaded);
                batch.clear();
            }
            batch.add(doc);
        });
        load(batch, catalog, unloaded);
        if (n > 0) {
            System.err.println("credpath: " + (n - unloaded.size()) + " of " + n
                    + " tenant-added credentials handed to the catalogue index");
        }
        if (unloaded.size() > 0) {
            System.err.println("credpath: " + unloaded.size() + " stored rows left out; list and remove them with"
                    + " GET and DELETE /v1/admin/unloaded-rows");
        }
        return n;
    }

    /** One tenant's batch in one call; when that fails, row by row so that only bad rows are left out. */
    private static void load(List<StoredDocument> batch, CatalogService catalog, UnloadedRows unloaded) {
        if (batch.isEmpty()) {
            return;
        }
        String tenant = batch.getFirst().tenantId();
        try {
            catalog.upsertTenantCredentials(tenant, batch.stream().map(TenantCredentials::parse).toList());
            return;
        } catch (RuntimeException e) {
            // a bad row in the batch: find it below
        }
        for (StoredDocument doc : batch) {
            Credential c = null;
            try {
                c = parse(doc);
                catalog.upsertTenantCredentials(tenant, List.of(c));
            } catch (RuntimeException e) {
                String reason = reason(c, e);
                unloaded.add(new UnloadedRows.UnloadedRow(TABLE, tenant, doc.id(), reason));
                System.err.println("credpath: stored credential " + tenant + "/" + doc.id() + " left out: " + reason);
            }
        }
    }

    private static String reason(Credential c, RuntimeException e) {
        if (c == null) {
            return "the stored JSON is not a valid credential";
        }
        var oversized = CredentialDocuments.oversizedTerms(c);
        if (!oversized.isEmpty()) {
            return oversized.stream().map(t -> t.field() + ": " + t.utf8Bytes() + " UTF-8 bytes; the search index holds"
                    + " at most " + CredentialDocuments.MAX_TERM_BYTES + " in one term").collect(Collectors.joining("; "));
        }
        String m = String.valueOf(e.getMessage());
        return "the search index refused it: " + (m.length() > 300 ? m.substring(0, 300) + "..." : m);
    }

    private static Credential parse(StoredDocument doc) {
        return RequestBodies.parse(doc.json().getBytes(StandardCharsets.UTF_8), Credential.class, "");
    }
}
