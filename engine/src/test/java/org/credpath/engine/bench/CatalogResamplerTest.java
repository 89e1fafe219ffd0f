package org.credpath.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.junit.jupiter.api.Test;

class CatalogResamplerTest {

    private final List<Credential> base = List.of(
            new Credential("a", "Python for Data Analysis", null, "Learn pandas and cleaning of data sets", null, null,
                    null, null, 10.0, 50.0, null, "en", null, null, null, null, null, null, null, null),
            Credential.of("b", "Graphic Design Basics"));
    private final CatalogResampler r = new CatalogResampler(base,
            List.of(Optional.of(new float[] {1, 0}), Optional.empty()), 7);

    @Test
    void samplesAreDeterministicWithFreshIds() {
        CatalogResampler again = new CatalogResampler(base, List.of(Optional.of(new float[] {1, 0}), Optional.empty()), 7);
        for (long i = 0; i < 50; i++) {
            CatalogResampler.Sample s = r.sample(i);
            assertThat(s.credential().id()).isEqualTo("bench:" + i);
            assertThat(s.credential()).isEqualTo(again.sample(i).credential());
        }
    }

    @Test
    void perturbationsStayCloseToTheBase() {
        for (long i = 0; i < 50; i++) {
            Credential c = r.sample(i).credential();
            if (c.hours() != null) {
                assertThat(c.hours()).isBetween(8.0, 12.0);
                float[] v = r.sample(i).vector().orElseThrow();
                assertThat(v[0] * v[0] + v[1] * v[1]).isCloseTo(1f, within(1e-4f));
                assertThat(v[0]).isGreaterThan(0.8f);
            } else {
                assertThat(r.sample(i).vector()).isEmpty();
            }
        }
    }

    @Test
    void whitespaceSplitGivesTheWordsOfTheRegexSplit() {
        java.util.Random rnd = new java.util.Random(3);
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\u00A0', '.'};
        for (String t : List.of("", " ", "   ", "a", " a", "a ", " a  b ", "\ta\n\nb")) {
            assertThat(CatalogResampler.whitespaceSplit(t)).as("'%s'", t).containsExactly(t.split("\\s+"));
        }
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(12); i > 0; i--) {
                sb.append(alphabet[rnd.nextInt(alphabet.length)]);
            }
            String t = sb.toString();
            assertThat(CatalogResampler.whitespaceSplit(t)).as("'%s'", t).containsExactly(t.split("\\s+"));
        }
    }

    @Test
    void percentilesUseNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(BenchReports.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(BenchReports.percentile(sorted, 0.99)).isEqualTo(10);
    }
}
