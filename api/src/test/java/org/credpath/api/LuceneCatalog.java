package org.credpath.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.credpath.api.service.CatalogService;
import org.credpath.api.service.CredentialHit;
import org.credpath.api.service.CredentialQuery;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.index.SkillTextSource;

/**
 * Test catalogue whose tenant additions go into the engine's real Lucene index (in memory, no
 * vectors), so it refuses what the product's index refuses; lookups come from a map.
 */
final class LuceneCatalog implements CatalogService, AutoCloseable {
    private final Map<String, CatalogIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Credential>> byTenant = new ConcurrentHashMap<>();

    @Override
    public List<CredentialHit> search(String tenantId, CredentialQuery query) {
        return byTenant.getOrDefault(tenantId, Map.of()).values().stream()
                .map(c -> new CredentialHit(c, 1.0)).limit(query.k()).toList();
    }

    @Override
    public Optional<Credential> find(String tenantId, String id) {
        return Optional.ofNullable(byTenant.getOrDefault(tenantId, Map.of()).get(id));
    }

    @Override
    public void upsertTenantCredentials(String tenantId, List<Credential> credentials) {
        indexes.computeIfAbsent(tenantId, t -> CatalogIndex.inMemory(CredentialVectors.NONE, SkillTextSource.TAGS_ONLY))
                .upsertAll(credentials);
        Map<String, Credential> own = byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
        credentials.forEach(c -> own.put(c.id(), c));
    }

    @Override
    public void removeTenantCredential(String tenantId, String id) {
        Optional.ofNullable(indexes.get(tenantId)).ifPresent(i -> i.delete(id));
        Optional.ofNullable(byTenant.get(tenantId)).ifPresent(m -> m.remove(id));
    }

    @Override
    public long size() {
        return byTenant.values().stream().mapToLong(Map::size).sum();
    }

    @Override
    public void close() {
        indexes.values().forEach(CatalogIndex::close);
    }
}
