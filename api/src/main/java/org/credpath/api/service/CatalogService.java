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

    /**
     * Credentials whose {@code url}, normalised by {@link MatchKeys#url},
     * equals {@code normalisedUrl} (the tenant's and the shipped ones). The default finds none.
     */
    default List<Credential> findByUrl(String tenantId, String normalisedUrl) {
        return List.of();
    }

    /**
     * Credentials whose title, normalised by {@link MatchKeys#title},
     * equals {@code normalisedTitle}. The default looks among the top 50 search hits for it.
     */
    default List<Credential> findByTitle(String tenantId, String normalisedTitle) {
        if (normalisedTitle == null || normalisedTitle.isBlank()) {
            return List.of();
        }
        return search(tenantId, new CredentialQuery(normalisedTitle, null, null, null, null, 50)).stream()
                .map(CredentialHit::credential)
                .filter(c -> MatchKeys.title(c.title()).equals(normalisedTitle))
                .toList();
    }

    /** Documents in the index (the {@code credpath_index_documents} gauge). */
    long size();
}
