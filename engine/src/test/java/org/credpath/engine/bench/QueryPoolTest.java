package org.credpath.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.credpath.engine.catalog.Credential;
import org.junit.jupiter.api.Test;

class QueryPoolTest {

    private final List<Credential> base = List.of(
            new Credential("a", "Python for Data Analysis", null, null, null, null, null, null, null, null, null, "en",
                    null, List.of("esco:x"), List.of("Data Analysis", "Python Programming"), null, null, null, null, null),
            Credential.of("b", "Graphic Design: Basics & Beyond"));

    @Test
    void titleWindowsAreOneToFourConsecutiveWords() {
        Random r = new Random(1);
        for (int i = 0; i < 200; i++) {
            String w = QueryPool.titleWindow("Graphic Design: Basics & Beyond in Practice", r);
            assertThat(w.split(" ")).hasSizeBetween(1, 4).doesNotContain("&");
            assertThat("Graphic Design: Basics Beyond in Practice").contains(w);
        }
    }

    @Test
    void poolAlternatesTitleWordsAndSkillLabelsAndIsSeeded() {
        java.util.function.Function<List<String>, List<String>> esco = uris -> uris.isEmpty() ? List.of() : List.of("data analytics");
        List<String> pool = QueryPool.shortQueries(base, esco, 3);
        assertThat(pool).hasSize(4);
        assertThat(List.of(pool.get(1), pool.get(3))).allSatisfy(l ->
                assertThat(l).isIn("Data Analysis", "Python Programming", "data analytics"));
        assertThat(QueryPool.shortQueries(base, esco, 3)).isEqualTo(pool);
        assertThat(QueryPool.shortQueries(base, esco, 4)).isNotEqualTo(pool);
    }
}
