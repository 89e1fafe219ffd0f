package org.credpath.engine.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.cache.DiskCache;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.EscoLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled catalogue's inferred skills read from the cache equal a cold tagging (shipped ESCO and
 * skill embeddings, the first 120 bundled credentials); changed inputs or a corrupt file re-tag.
 */
class PreparedCatalogueCacheTest {

    private static CredpathHome home;
    private static CataloguePreparation preparation;
    private static List<Credential> credentials;

    @TempDir
    Path root;
    @TempDir
    Path other;

    private final List<String> said = new ArrayList<>();

    @BeforeAll
    static void load() {
        home = CredpathHome.locate();
        preparation = CataloguePreparation.load(home, EscoLoader.load(home), s -> { });
        credentials = BundledCatalog.load(home).credentials().subList(0, 120);
    }

    private PreparedCatalogueCache cache(Path... inputs) {
        return new PreparedCatalogueCache(new DiskCache(root), List.of(inputs));
    }

    private PreparedCatalogueCache shipped() {
        return cache(home.datasets().resolve(EscoLoader.FOLDER),
                EmbeddingModel.directory(home).resolve(EmbeddingModel.VECTORS));
    }

    @Test
    void aCacheLoadGivesTheSameSkillsPerCredentialAsAColdTagging() {
        List<Credential> cold = preparation.prepare(credentials).credentials();
        List<Credential> first = shipped().prepare(preparation, credentials, "bundled", said::add);
        assertThat(said).anyMatch(l -> l.contains("prepared-catalogue not built yet"))
                .anyMatch(l -> l.startsWith("bundled: 120 of 120 credentials had no ESCO skills"));
        said.clear();
        List<Credential> warm = shipped().prepare(preparation, credentials, "bundled", said::add);
        assertThat(said).singleElement().asString().contains("inferred skills read from the cache");
        assertThat(warm).isEqualTo(first).isEqualTo(cold);
        assertThat(warm.stream().filter(c -> !c.skills().isEmpty()).count()).isGreaterThan(60);
    }

    @Test
    void aChangedCredentialOrTaggerInputRetagsAndStoresTheNewResult() throws Exception {
        shipped().prepare(preparation, credentials, "bundled", said::add);
        List<Credential> changed = new ArrayList<>(credentials);
        Credential c = changed.get(3);
        changed.set(3, new Credential(c.id(), "SQL and relational databases", c.provider(), c.description(),
                c.syllabus(), c.url(), c.credentialType(), c.level(), c.hours(), c.costUsd(), c.delivery(),
                c.language(), c.assessed(), c.skills(), c.skillLabels(), c.prerequisites(), c.stacksInto(),
                c.credits(), c.endorsements(), c.reviewedOn()));
        said.clear();
        List<Credential> out = shipped().prepare(preparation, changed, "bundled", said::add);
        assertThat(said).anyMatch(l -> l.contains("prepared-catalogue is stale"));
        assertThat(out).isEqualTo(preparation.prepare(changed).credentials());

        Files.writeString(other.resolve("esco-edition.txt"), "another edition");
        said.clear();
        cache(other).prepare(preparation, changed, "bundled", said::add);
        assertThat(said).anyMatch(l -> l.contains("prepared-catalogue is stale"));
    }

    @Test
    void aCorruptCacheFileIsRetaggedAndRewritten() throws Exception {
        List<Credential> expected = shipped().prepare(preparation, credentials, "bundled", said::add);
        Path file = root.resolve(PreparedCatalogueCache.CACHE_NAME).resolve("data").resolve("inferred-skills.json.gz");
        Files.write(file, new byte[] {31, -117, 8, 0, 1, 2, 3});
        said.clear();
        assertThat(shipped().prepare(preparation, credentials, "bundled", said::add)).isEqualTo(expected);
        assertThat(said).anyMatch(l -> l.contains("prepared-catalogue is corrupt"));
        said.clear();
        shipped().prepare(preparation, credentials, "bundled", said::add);
        assertThat(said).singleElement().asString().contains("read from the cache");
    }
}
