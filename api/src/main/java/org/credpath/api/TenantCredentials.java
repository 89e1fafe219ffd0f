package org.credpath.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.CatalogService;
import org.credpath.api.store.StoredDocument;
import org.credpath.api.store.TenantDocuments;
import org.credpath.engine.catalog.Credential;

/** At start, hands every tenant's stored credentials to the catalogue, so additions stay searchable after a restart. */
final class TenantCredentials {
    private static final int BATCH = 1000;

    private TenantCredentials() {
    }

    static long reindex(TenantDocuments credentials, CatalogService catalog) {
        List<Credential> batch = new ArrayList<>();
        String[] tenant = {null};
        long n = credentials.forEachDocument(doc -> {
            if (tenant[0] != null && (!tenant[0].equals(doc.tenantId()) || batch.size() >= BATCH)) {
                catalog.upsertTenantCredentials(tenant[0], List.copyOf(batch));
                batch.clear();
            }
            tenant[0] = doc.tenantId();
            batch.add(parse(doc));
        });
        if (!batch.isEmpty()) {
            catalog.upsertTenantCredentials(tenant[0], List.copyOf(batch));
        }
        if (n > 0) {
            System.err.println("credpath: " + n + " tenant-added credentials handed to the catalogue index");
        }
        return n;
    }

    private static Credential parse(StoredDocument doc) {
        return RequestBodies.parse(doc.json().getBytes(StandardCharsets.UTF_8), Credential.class, "");
    }
}
