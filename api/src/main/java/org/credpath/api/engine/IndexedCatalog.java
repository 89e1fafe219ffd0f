package org.credpath.api.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.credpath.api.service.CatalogService;
import org.credpath.api.service.CredentialHit;
import org.credpath.api.service.CredentialQuery;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.ScoredId;
import org.credpath.engine.index.SearchFilters;
import org.credpath.engine.index.SearchMode;
import org.credpath.engine.index.SearchRequest;
import org.credpath.engine.recommend.CandidateSource;
import org.credpath.engine.recommend.Catalogue;

/**
 * {@link CatalogService} over Lucene: the shipped catalogue's index, shared by every tenant, plus
 * one heap index per tenant for its additions (near-real-time: searchable as soon as they are
 * stored). A search runs hybrid retrieval (BM25 + vectors, RRF) on both and merges by score; a
 * tenant's credential hides a shipped one with the same id. Without text, the catalogue is listed
 * by the filters alone, in id order. As the engine recommender's {@link CandidateSource} the
 * scope is the tenant id.
 */
public final class IndexedCatalog implements CatalogService, CandidateSource {

    private final Catalogue shipped;
    private final Map<String, TenantShelf> tenants = new ConcurrentHashMap<>();

    /** One tenant's additions: their index and the credentials by id. */
    private record TenantShelf(CatalogIndex index, Map<String, Credential> byId) {
    }

    public IndexedCatalog(Catalogue shipped) {
        this.shipped = Objects.requireNonNull(shipped, "shipped");
    }

    @Override
    public List<CredentialHit> search(String tenantId, CredentialQuery query) {
        SearchFilters filters = filters(query);
        if (query.text() == null || query.text().isBlank()) {
            return listByFilters(tenantId, query, filters);
        }
        return retrieve(tenantId, new SearchRequest(query.text(), List.of(), filters, query.k(), SearchMode.HYBRID));
    }

    /** Retrieval over the shipped index and the tenant's, merged by score, best first, at most {@code k}. */
    public List<CredentialHit> retrieve(String tenantId, SearchRequest request) {
        TenantShelf own = tenants.get(tenantId);
        List<CredentialHit> out = new ArrayList<>();
        if (own != null && !own.byId().isEmpty()) {
            for (ScoredId h : own.index().searchIds(request)) {
                Optional.ofNullable(own.byId().get(h.id())).ifPresent(c -> out.add(new CredentialHit(c, h.score())));
            }
        }
        Set<String> hidden = own == null ? Set.of() : own.byId().keySet();
        for (ScoredId h : shipped.index().searchIds(request)) {
            if (!hidden.contains(h.id())) {
                shipped.find(h.id()).ifPresent(c -> out.add(new CredentialHit(c, h.score())));
            }
        }
        out.sort(Comparator.comparingDouble(CredentialHit::score).reversed());
        return out.size() > request.k() ? List.copyOf(out.subList(0, request.k())) : out;
    }

    @Override
    public List<Credential> candidates(String scope, SearchRequest request) {
        return retrieve(scope, request).stream().map(CredentialHit::credential).toList();
    }

    @Override
    public Optional<Credential> find(String tenantId, String id) {
        TenantShelf own = tenants.get(tenantId);
        Credential c = own == null ? null : own.byId().get(id);
        return c != null ? Optional.of(c) : shipped.find(id);
    }

    @Override
    public void upsertTenantCredentials(String tenantId, List<Credential> credentials) {
        TenantShelf shelf = tenants.computeIfAbsent(tenantId,
                t -> new TenantShelf(shipped.newIndex(), new ConcurrentHashMap<>()));
        synchronized (shelf) {
            List<Credential> tagged = credentials.stream().map(shipped.tagger()::withInferredSkills).toList();
            shelf.index().upsertAll(tagged);
            tagged.forEach(c -> shelf.byId().put(c.id(), c));
        }
    }

    @Override
    public void removeTenantCredential(String tenantId, String id) {
        TenantShelf shelf = tenants.get(tenantId);
        if (shelf != null) {
            synchronized (shelf) {
                shelf.byId().remove(id);
                shelf.index().delete(id);
            }
        }
    }

    /** The shipped credentials by normalised title and url, built at first use. */
    private volatile Map<String, List<Credential>> shippedByTitle;
    private volatile Map<String, List<Credential>> shippedByUrl;

    @Override
    public List<Credential> findByUrl(String tenantId, String normalisedUrl) {
        if (shippedByUrl == null) {
            shippedByUrl = group(c -> c.url() == null ? null : org.credpath.api.service.MatchKeys.url(c.url()));
        }
        return lookup(tenantId, normalisedUrl, shippedByUrl,
                c -> c.url() != null && org.credpath.api.service.MatchKeys.url(c.url()).equals(normalisedUrl));
    }

    @Override
    public List<Credential> findByTitle(String tenantId, String normalisedTitle) {
        if (shippedByTitle == null) {
            shippedByTitle = group(c -> org.credpath.api.service.MatchKeys.title(c.title()));
        }
        return lookup(tenantId, normalisedTitle, shippedByTitle,
                c -> org.credpath.api.service.MatchKeys.title(c.title()).equals(normalisedTitle));
    }

    /** The tenant's credentials matching, then the shipped ones under {@code key} that the tenant does not hide. */
    private List<Credential> lookup(String tenantId, String key, Map<String, List<Credential>> shippedIndex,
            Predicate<Credential> matches) {
        if (key == null || key.isBlank()) {
            return List.of();
        }
        TenantShelf own = tenants.get(tenantId);
        List<Credential> out = new ArrayList<>();
        if (own != null) {
            own.byId().values().stream().filter(matches).sorted(Comparator.comparing(Credential::id)).forEach(out::add);
        }
        for (Credential c : shippedIndex.getOrDefault(key, List.of())) {
            if (own == null || !own.byId().containsKey(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    private Map<String, List<Credential>> group(java.util.function.Function<Credential, String> key) {
        Map<String, List<Credential>> out = new java.util.HashMap<>();
        shipped.credentials().values().stream().sorted(Comparator.comparing(Credential::id)).forEach(c -> {
            String k = key.apply(c);
            if (k != null && !k.isBlank()) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        });
        return out;
    }

    @Override
    public long size() {
        return shipped.credentials().size() + tenants.values().stream().mapToLong(s -> s.byId().size()).sum();
    }

    public Catalogue shipped() {
        return shipped;
    }

    private List<CredentialHit> listByFilters(String tenantId, CredentialQuery q, SearchFilters filters) {
        TenantShelf own = tenants.get(tenantId);
        Stream<Credential> mine = own == null ? Stream.empty() : own.byId().values().stream();
        Stream<Credential> theirs = shipped.credentials().values().stream()
                .filter(c -> own == null || !own.byId().containsKey(c.id()));
        return Stream.concat(mine, theirs).filter(matches(filters)).sorted(Comparator.comparing(Credential::id))
                .limit(q.k()).map(c -> new CredentialHit(c, 0)).toList();
    }

    static SearchFilters filters(CredentialQuery q) {
        return new SearchFilters(q.type() == null ? Set.of() : Set.of(q.type()), Set.of(),
                q.delivery() == null ? Set.of() : Set.of(q.delivery()), q.maxHours(), q.maxCostUsd(), null, null);
    }

    /** The same rules as the index's filters: unknown hours or cost cannot be shown to fit a maximum. */
    static Predicate<Credential> matches(SearchFilters f) {
        return c -> (f.types().isEmpty() || f.types().contains(c.credentialType()))
                && (f.deliveries().isEmpty() || c.delivery() != null && f.deliveries().contains(c.delivery()))
                && (f.maxHours() == null || c.hours() != null && c.hours() <= f.maxHours())
                && (f.maxCostUsd() == null || c.costUsd() != null && c.costUsd() <= f.maxCostUsd());
    }
}
