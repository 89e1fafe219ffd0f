package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.credpath.engine.cache.DiskCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The title evidence index read from the disk cache answers as the one built in memory; stale or corrupt ones are rebuilt. */
class LabelIndexCacheTest {

    private static final List<String> QUERIES = List.of("software engineer", "nurse", "chef", "project lead",
            "registered nurse icu", "zzz unknown");

    @TempDir
    Path root;

    private final List<String> said = new ArrayList<>();

    private static List<TitleEvidence> evidence() {
        List<TitleEvidence> e = new ArrayList<>(TitleEvidenceSources.esco(TitleFixture.ESCO));
        e.add(new TitleEvidence(TitleFixture.DEVELOPER, "Java Backend Engineer", TitleSource.VACANCY));
        e.add(new TitleEvidence(TitleFixture.NURSE, "Staff Nurse ICU", TitleSource.VACANCY));
        e.add(new TitleEvidence(TitleFixture.CHEF, "Sous Chef", TitleSource.ONET_ALTERNATE));
        return e;
    }

    private EvidenceTitleResolver cached(List<TitleEvidence> evidence) {
        return new EvidenceTitleResolver(TitleFixture.ESCO, evidence, EvidenceWeights.DEFAULT, new DiskCache(root),
                said::add);
    }

    private static List<List<ScoredOccupation>> answers(EvidenceTitleResolver r) {
        return QUERIES.stream().map(q -> r.resolve(q, 5)).toList();
    }

    @Test
    void aCacheLoadAnswersExactlyAsTheColdBuild() {
        EvidenceTitleResolver inMemory = new EvidenceTitleResolver(TitleFixture.ESCO, evidence(), EvidenceWeights.DEFAULT);
        EvidenceTitleResolver cold = cached(evidence());
        assertThat(said).anyMatch(l -> l.contains("title-evidence-index not built yet"));
        said.clear();
        EvidenceTitleResolver warm = cached(evidence());
        assertThat(said).as("read from the cache, nothing rebuilt").isEmpty();
        assertThat(answers(warm)).isEqualTo(answers(cold)).isEqualTo(answers(inMemory));
        assertThat(answers(warm).getFirst()).isNotEmpty();
        assertThat(warm.coverage("java engineer", TitleFixture.DEVELOPER))
                .isEqualTo(cold.coverage("java engineer", TitleFixture.DEVELOPER)).isPositive();
    }

    @Test
    void aChangedTitleListMakesTheCacheStaleAndItIsRebuiltWithTheNewTitle() {
        cached(evidence());
        List<TitleEvidence> more = evidence();
        more.add(new TitleEvidence(TitleFixture.CHEF, "Pastry Wizard", TitleSource.VACANCY));
        said.clear();
        EvidenceTitleResolver rebuilt = cached(more);
        assertThat(said).anyMatch(l -> l.contains("title-evidence-index is stale"));
        assertThat(rebuilt.resolve("pastry wizard", 1)).extracting(ScoredOccupation::uri).containsExactly(TitleFixture.CHEF);
        said.clear();
        assertThat(answers(cached(more))).isEqualTo(answers(rebuilt));
        assertThat(said).isEmpty();
    }

    @Test
    void aCorruptIndexFileIsRebuiltAndAnswersTheSame() throws IOException {
        List<List<ScoredOccupation>> expected = answers(cached(evidence()));
        Path data = root.resolve(EvidenceTitleResolver.CACHE_NAME).resolve("data");
        Path biggest;
        try (Stream<Path> s = Files.list(data)) {
            biggest = s.max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(biggest);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(biggest, bytes);
        said.clear();
        assertThat(answers(cached(evidence()))).isEqualTo(expected);
        assertThat(said).anyMatch(l -> l.contains("title-evidence-index is corrupt"));
        said.clear();
        cached(evidence());
        assertThat(said).as("the rebuilt cache is trusted again").isEmpty();
    }
}
