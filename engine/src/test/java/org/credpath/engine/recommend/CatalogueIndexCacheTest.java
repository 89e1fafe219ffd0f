package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.credpath.engine.cache.DiskCache;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.index.ScoredId;
import org.credpath.engine.index.SearchFilters;
import org.credpath.engine.index.SearchHit;
import org.credpath.engine.index.SearchMode;
import org.credpath.engine.index.SearchRequest;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.skills.CataloguePreparation;
import org.credpath.engine.skills.EmbeddingModel;
import org.credpath.engine.skills.EmbeddingVectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled catalogue's index read from the cache answers searches exactly as a cold-built one
 * (shipped ESCO and skill embeddings, the first 300 bundled credentials, prepared): BM25, KNN and
 * hybrid, by text and by skills as the recommender asks; a changed credential or input rebuilds, a
 * corrupt file rebuilds.
 */
class CatalogueIndexCacheTest {

    private static CredpathHome home;
    private static CataloguePreparation preparation;
    private static List<Credential> credentials;
    private static CredentialVectors vectors;

    @TempDir
    Path root;
    @TempDir
    Path other;

    private final List<String> said = new ArrayList<>();
    private final Set<CatalogIndex> opened = new java.util.LinkedHashSet<>();
    private final AtomicInteger builds = new AtomicInteger();

    @BeforeAll
    static void load() {
        home = CredpathHome.locate();
        preparation = CataloguePreparation.load(home, EscoLoader.load(home), s -> { });
        credentials = preparation.prepare(BundledCatalog.load(home).credentials().subList(0, 300)).credentials();
        vectors = new SkillFirstVectors(new EmbeddingVectors(preparation.embeddings().orElseThrow(),
                preparation.tagger()));
    }

    @AfterEach
    void close() {
        opened.forEach(CatalogIndex::close);
    }

    private CatalogueIndexCache cache(Path... inputs) {
        return new CatalogueIndexCache(new DiskCache(root), List.of(inputs));
    }

    private CatalogueIndexCache shipped() {
        return cache(home.datasets().resolve(EscoLoader.FOLDER),
                EmbeddingModel.directory(home).resolve(EmbeddingModel.VECTORS));
    }

    private Supplier<CatalogIndex> cold(List<Credential> of) {
        return () -> {
            builds.incrementAndGet();
            return coldIndex(of);
        };
    }

    private CatalogIndex coldIndex(List<Credential> of) {
        CatalogIndex index = CatalogIndex.inMemory(vectors, preparation.tagger()::skillText);
        index.upsertAll(of);
        opened.add(index);
        return index;
    }

    private CatalogIndex index(CatalogueIndexCache cache, List<Credential> of) {
        CatalogIndex index = cache.index(of, vectors, preparation.tagger()::skillText, cold(of), said::add);
        opened.add(index);
        return index;
    }

    /** Requests as users and the recommender make them: text, skills, both, each mode, with filters. */
    private static List<SearchRequest> requests() {
        List<String> skills = credentials.stream().filter(c -> c.skills().size() >= 3).findFirst().orElseThrow()
                .skills().subList(0, 3);
        SearchFilters courses = SearchFilters.NONE.withTypes(Set.of(CredentialType.COURSE));
        return Stream.of("python data analysis", "project management", "machine learning with tensorflow",
                        "nursing care", "marketing strategy social media")
                .flatMap(q -> Stream.of(SearchMode.values()).map(m -> SearchRequest.text(q, 50, m)))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    l.add(new SearchRequest("data analysis sql", skills, SearchFilters.NONE, 200, SearchMode.HYBRID));
                    l.add(new SearchRequest(null, skills, courses, 100, SearchMode.KNN));
                    l.add(new SearchRequest("leadership", List.of(), courses, 20, SearchMode.BM25));
                    return l;
                }));
    }

    private static void assertSameAnswers(CatalogIndex expected, CatalogIndex actual) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (SearchRequest r : requests()) {
            List<SearchHit> hits = expected.search(r);
            List<ScoredId> ids = expected.searchIds(r);
            assertThat(hits).as("%s", r).isNotEmpty();
            assertThat(actual.search(r)).as("%s", r).isEqualTo(hits);
            assertThat(actual.searchIds(r)).as("%s", r).isEqualTo(ids);
        }
    }

    @Test
    void anIndexReadFromTheCacheAnswersAsAColdBuiltOne() {
        CatalogIndex first = index(shipped(), credentials);
        assertThat(said).anyMatch(l -> l.contains("catalogue-index not built yet"));
        assertThat(builds).hasValue(1);
        said.clear();
        CatalogIndex warm = index(shipped(), credentials);
        assertThat(builds).hasValue(1);
        assertThat(said).singleElement().asString().contains("index read from the cache");
        assertSameAnswers(coldIndex(credentials), warm);
        assertSameAnswers(first, warm);
        Credential added = credentials.get(7);
        warm.delete(added.id());
        assertThat(warm.contains(added.id())).isFalse();
        warm.upsert(added);
        assertThat(warm.contains(added.id())).isTrue();
        assertThat(warm.size()).isEqualTo(credentials.size());
    }

    @Test
    void aChangedCredentialOrInputRebuildsAndStoresTheNewIndex() throws Exception {
        index(shipped(), credentials);
        List<Credential> changed = new ArrayList<>(credentials);
        changed.set(3, changed.get(3).withSkills(List.of(credentials.get(0).skills().getFirst())));
        said.clear();
        CatalogIndex rebuilt = index(shipped(), changed);
        assertThat(builds).hasValue(2);
        assertThat(said).anyMatch(l -> l.contains("catalogue-index is stale"));
        assertSameAnswers(coldIndex(changed), rebuilt);
        said.clear();
        index(shipped(), changed);
        assertThat(builds).hasValue(2);
        assertThat(said).singleElement().asString().contains("read from the cache");

        Files.writeString(other.resolve("esco-edition.txt"), "another edition");
        said.clear();
        index(cache(other), changed);
        assertThat(builds).hasValue(3);
        assertThat(said).anyMatch(l -> l.contains("catalogue-index is stale"));
    }

    @Test
    void aCorruptIndexFileIsRebuiltAndRewritten() throws Exception {
        CatalogIndex expected = index(shipped(), credentials);
        Path data = root.resolve(CatalogueIndexCache.CACHE_NAME).resolve("data");
        Path victim;
        try (Stream<Path> files = Files.list(data)) {
            victim = files.filter(f -> f.getFileName().toString().endsWith(".cfs")
                    || f.getFileName().toString().startsWith("segments")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(victim);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(victim, bytes);
        said.clear();
        CatalogIndex rebuilt = index(shipped(), credentials);
        assertThat(builds).hasValue(2);
        assertThat(said).anyMatch(l -> l.contains("catalogue-index is corrupt"));
        assertSameAnswers(expected, rebuilt);
        said.clear();
        index(shipped(), credentials);
        assertThat(builds).hasValue(2);
        assertThat(said).singleElement().asString().contains("read from the cache");
    }
}
