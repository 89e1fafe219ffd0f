package org.credpath.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogIndexTest {

    private CatalogIndex index;

    @BeforeEach
    void setUp() {
        index = CatalogIndex.inMemory(TinyCatalog.VECTORS, SkillTextSource.TAGS_ONLY);
        index.upsertAll(TinyCatalog.credentials());
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private List<String> ids(String q, SearchMode mode, SearchFilters f) {
        return index.search(SearchRequest.text(q, 10, mode).withFilters(f)).stream().map(SearchHit::id).toList();
    }

    @Test
    void bm25GoldenResults() {
        assertThat(ids("python data", SearchMode.BM25, SearchFilters.NONE)).containsExactly("c1", "c4");
        assertThat(ids("design", SearchMode.BM25, SearchFilters.NONE)).containsExactly("c6", "c3");
        assertThat(ids("cooking pasta", SearchMode.BM25, SearchFilters.NONE)).containsExactly("c5");
    }

    @Test
    void knnAndHybridGoldenResults() {
        assertThat(ids("typography", SearchMode.KNN, SearchFilters.NONE)).startsWith("c3", "c6").hasSize(6);
        assertThat(ids("python data", SearchMode.HYBRID, SearchFilters.NONE)).first().isEqualTo("c1");
        assertThat(ids("pasta", SearchMode.HYBRID, SearchFilters.NONE)).first().isEqualTo("c5");
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void filtersApplyInEveryMode(SearchMode mode) {
        SearchFilters cheapShort = SearchFilters.NONE.withMaxHours(50.0).withMaxCostUsd(100.0);
        assertThat(ids("python data design", mode, cheapShort)).doesNotContain("c4", "c6").isNotEmpty();
        SearchFilters badges = SearchFilters.NONE.withTypes(Set.of(CredentialType.BADGE));
        assertThat(ids("design data", mode, badges)).containsExactly("c3");
    }

    @Test
    void resultsCarryTitleScoreAndSkills() {
        SearchHit top = index.search(SearchRequest.text("sql", 1, SearchMode.BM25)).getFirst();
        assertThat(top.id()).isEqualTo("c2");
        assertThat(top.title()).isEqualTo("SQL Databases");
        assertThat(top.skills()).containsExactly("esco:c2");
        assertThat(top.score()).isPositive();
    }

    @Test
    void nearRealTimeAddUpdateDeleteAreVisibleAtOnce() {
        index.upsert(TinyCatalog.cred("c7", "Kotlin Coroutines", "async", CredentialType.COURSE, 3.0, 0.0, List.of()));
        assertThat(ids("kotlin", SearchMode.BM25, SearchFilters.NONE)).containsExactly("c7");
        index.upsert(TinyCatalog.cred("c7", "Rust Ownership", "borrowing", CredentialType.COURSE, 3.0, 0.0, List.of()));
        assertThat(ids("kotlin rust", SearchMode.BM25, SearchFilters.NONE)).containsExactly("c7");
        assertThat(index.search(SearchRequest.text("rust", 1, SearchMode.BM25)).getFirst().title())
                .isEqualTo("Rust Ownership");
        assertThat(index.delete("c7")).isTrue();
        assertThat(ids("rust", SearchMode.BM25, SearchFilters.NONE)).isEmpty();
        assertThat(index.delete("c7")).isFalse();
        assertThat(index.size()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND (", "*", "\"unbalanced quote", "title:python", "python AND (data OR",
        "?*~^2", "数据分析 Python", "Анализ данных", "\\", "[1 TO 5]", "{}", "NOT", "-python +data", "python~0.5"})
    void hostileQueriesAreTextNeverSyntax(String q) {
        for (SearchMode mode : SearchMode.values()) {
            try {
                List<SearchHit> hits = index.search(SearchRequest.text(q, 5, mode));
                assertThat(hits).hasSizeLessThanOrEqualTo(5);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).startsWith("query:");
            }
        }
    }

    @Test
    void fieldSyntaxIsSearchedAsWords() {
        assertThat(ids("title:python", SearchMode.BM25, SearchFilters.NONE)).first().isEqualTo("c1");
        assertThat(ids("\"sql", SearchMode.BM25, SearchFilters.NONE)).containsExactly("c2");
    }

    @Test
    void tenKilobyteQueryWorks() {
        String q = "python data ".repeat(900);
        assertThat(q.length()).isGreaterThan(10_000);
        assertThat(ids(q, SearchMode.HYBRID, SearchFilters.NONE)).first().isEqualTo("c1");
    }

    @Test
    void emptyOrStopwordOnlyQueriesGetAClearMessage() {
        assertThatThrownBy(() -> SearchRequest.text("  ", 5, SearchMode.BM25))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query: empty");
        assertThatThrownBy(() -> index.search(SearchRequest.text("the and of ***", 5, SearchMode.BM25)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no searchable words");
    }

    @Test
    void commitsAreDurableAcrossReopen(@TempDir Path dir) {
        try (CatalogIndex disk = CatalogIndex.open(dir, TinyCatalog.VECTORS, SkillTextSource.TAGS_ONLY)) {
            disk.upsertAll(TinyCatalog.credentials());
            disk.commit();
        }
        assertThat(CatalogIndex.exists(dir)).isTrue();
        try (CatalogIndex again = CatalogIndex.open(dir, TinyCatalog.VECTORS, SkillTextSource.TAGS_ONLY)) {
            assertThat(again.size()).isEqualTo(6);
            assertThat(again.search(SearchRequest.text("cooking", 1, SearchMode.HYBRID)).getFirst().id()).isEqualTo("c5");
        }
    }

    @Test
    void badOptionsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> SearchRequest.text("x", 0, SearchMode.BM25)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> SearchFilters.NONE.withMaxHours(-1.0)).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> SearchMode.parse("fuzzy")).hasMessageContaining("fuzzy");
        Credential ok = TinyCatalog.credentials().getFirst();
        assertThat(ok.id()).isEqualTo("c1");
    }
}
