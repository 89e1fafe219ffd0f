package org.credpath.engine.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.bundled.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wired index: built from the catalogue when missing, skills inferred, all three modes answer. */
class SearchIndexTest {

    @Test
    void buildsWhenMissingThenReopensWithoutRebuilding(@TempDir Path dir) throws java.io.IOException {
        CredpathHome home = CredpathHome.locate();
        AtomicInteger loads = new AtomicInteger();
        List<Credential> catalogue = TinyCatalog.credentials().stream().map(c -> c.withSkills(List.of())).toList();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        try (SearchIndex s = SearchIndex.open(home, dir, () -> {
            loads.incrementAndGet();
            return catalogue;
        }, quiet)) {
            assertThat(s.index().size()).isEqualTo(6);
            for (SearchMode mode : SearchMode.values()) {
                List<SearchHit> hits = s.index().search(SearchRequest.text("python data analysis", 3, mode));
                assertThat(hits).as(mode.name()).isNotEmpty();
                assertThat(hits.getFirst().id()).as(mode.name()).isIn("c1", "c4", "c2");
            }
            SearchHit top = s.index().search(SearchRequest.text("python", 1, SearchMode.BM25)).getFirst();
            assertThat(s.tagger().labelsOf(top.skills())).contains("Python (computer programming)");
        }
        try (SearchIndex again = SearchIndex.open(home, dir, () -> {
            loads.incrementAndGet();
            return catalogue;
        }, quiet)) {
            assertThat(again.index().size()).isEqualTo(6);
        }
        assertThat(loads).hasValue(1);
        // an index whose vectors came from other embeddings is rebuilt
        java.nio.file.Files.writeString(dir.resolve("credpath-embeddings.sha256"), "other\n");
        try (SearchIndex rebuilt = SearchIndex.open(home, dir, () -> {
            loads.incrementAndGet();
            return catalogue;
        }, quiet)) {
            assertThat(rebuilt.index().size()).isEqualTo(6);
        }
        assertThat(loads.get()).isGreaterThan(1);
    }
}
