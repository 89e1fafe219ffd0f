package org.credpath.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.credpath.api.service.CatalogService;
import org.credpath.api.service.CredentialHit;
import org.credpath.api.service.CredentialQuery;
import org.credpath.engine.catalog.Credential;

/**
 * Test double of the catalogue: substring match on titles, score 1. Only for exercising the HTTP
 * layer; the product binds the engine's Lucene index.
 */
final class InMemoryCatalog implements CatalogService {
    private final List<Credential> shipped;
    private final Map<String, Map<String, Credential>> byTenant = new ConcurrentHashMap<>();

    InMemoryCatalog(List<Credential> shipped) {
        this.shipped = List.copyOf(shipped);
    }

    @Override
    public List<CredentialHit> search(String tenantId, CredentialQuery query) {
        List<CredentialHit> out = new ArrayList<>();
        List<Credential> all = new ArrayList<>(shipped);
        all.addAll(byTenant.getOrDefault(tenantId, Map.of()).values());
        for (Credential c : all) {
            if (query.text() == null || c.title().toLowerCase(Locale.ROOT).contains(query.text().toLowerCase(Locale.ROOT))) {
                out.add(new CredentialHit(c, 1.0));
            }
        }
        return out.subList(0, Math.min(out.size(), query.k()));
    }

    @Override
    public Optional<Credential> find(String tenantId, String id) {
        Credential own = byTenant.getOrDefault(tenantId, Map.of()).get(id);
        return own != null ? Optional.of(own) : shipped.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public void upsertTenantCredentials(String tenantId, List<Credential> credentials) {
        Map<String, Credential> m = byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
        credentials.forEach(c -> m.put(c.id(), c));
    }

    @Override
    public void removeTenantCredential(String tenantId, String id) {
        byTenant.getOrDefault(tenantId, new ConcurrentHashMap<>()).remove(id);
    }

    @Override
    public long size() {
        return shipped.size() + byTenant.values().stream().mapToLong(Map::size).sum();
    }
}
