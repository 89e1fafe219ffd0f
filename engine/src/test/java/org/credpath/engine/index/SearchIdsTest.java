package org.credpath.engine.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link CatalogIndex#searchIds}: the same ids and scores, in the same order, as {@link CatalogIndex#search}. */
class SearchIdsTest {

    private CatalogIndex index;

    @BeforeEach
    void setUp() {
        index = CatalogIndex.inMemory(TinyCatalog.VECTORS, SkillTextSource.TAGS_ONLY);
        // several segments, a replaced and a deleted document: ids must come from the right leaf
        for (var c : TinyCatalog.credentials()) {
            index.upsert(c);
        }
        index.upsert(TinyCatalog.cred("c1", "Python for data analysis, revised", "pandas numpy data",
                CredentialType.COURSE, 30.0, 50.0, List.of("Python Programming")));
        index.upsert(TinyCatalog.cred("c9", "Data design studio", "design data python", CredentialType.BADGE, 5.0, 0.0, List.of("Graphic Design")));
        index.delete("c5");
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void idsAndScoresMatchTheStoredFieldSearch(SearchMode mode) {
        assertThat(index.segmentCount()).isGreaterThan(1);
        for (String q : List.of("python data", "design", "data design python typography", "pasta")) {
            for (int k : List.of(1, 3, 10)) {
                SearchRequest req = SearchRequest.text(q, k, mode);
                List<ScoredId> expected = index.search(req).stream().map(h -> new ScoredId(h.id(), h.score())).toList();
                assertThat(index.searchIds(req)).as("%s k=%d", q, k).isEqualTo(expected);
            }
        }
        assertThat(index.searchIds(SearchRequest.text("python data design", 10, mode)))
                .extracting(ScoredId::id).doesNotContain("c5").doesNotHaveDuplicates();
    }

    /** Enough ids (several blocks of the terms dictionary) that ids are both stepped to and sought. */
    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void manyHitsAcrossTheTermsDictionary(SearchMode mode) {
        try (CatalogIndex big = CatalogIndex.inMemory(TinyCatalog.VECTORS, SkillTextSource.TAGS_ONLY)) {
            List<Credential> creds = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                String words = i % 3 == 0 ? "python data" : i % 3 == 1 ? "design data typography" : "data cooking";
                creds.add(TinyCatalog.cred(String.format("id-%04d", (i * 37) % 700), "Course " + i, words + " " + i,
                        CredentialType.COURSE, 10.0 + i, 1.0 * i, List.of("Data Analysis")));
            }
            big.upsertAll(creds.subList(0, 350));
            big.upsertAll(creds.subList(350, 700));
            for (int k : List.of(7, 200, 700)) {
                SearchRequest req = SearchRequest.text("data python design", k, mode);
                List<ScoredId> expected = big.search(req).stream().map(h -> new ScoredId(h.id(), h.score())).toList();
                assertThat(expected).hasSizeGreaterThan(Math.min(k, 40) - 1);
                assertThat(big.searchIds(req)).as("k=%d", k).isEqualTo(expected);
            }
        }
    }
}
