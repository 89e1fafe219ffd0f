package org.credpath.api.service;

import java.util.List;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;

/**
 * The searchable catalogue: the shipped credentials plus each tenant's additions. A tenant sees
 * the shipped catalogue and its own additions, never another tenant's.
 */
public interface CatalogService {

    List<CredentialHit> search(String tenantId, CredentialQuery query);

    Optional<Credential> find(String tenantId, String id);

    /** Makes the tenant's added or replaced credentials searchable at once (they are already stored). */
    void upsertTenantCredentials(String tenantId, List<Credential> credentials);

    void removeTenantCredential(String tenantId, String id);

    /** Documents in the index (the {@code credpath_index_documents} gauge). */
    long size();
}
