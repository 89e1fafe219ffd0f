package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credpath.engine.labour.title.TitleFixture.CARPENTER;
import static org.credpath.engine.labour.title.TitleFixture.DEVELOPER;
import static org.credpath.engine.labour.title.TitleFixture.ELECTRICIAN;
import static org.credpath.engine.labour.title.TitleFixture.NURSE;
import static org.credpath.engine.labour.title.TitleFixture.PRODUCT;
import static org.credpath.engine.labour.title.TitleFixture.PROJECT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden answers of the fused resolver on a tiny taxonomy with the real encoder. */
class FusedTitleResolverTest {

    @TempDir
    static Path cache;
    private static FusedTitleResolver resolver;

    @BeforeAll
    static void build() {
        resolver = TitleFixture.resolver(cache);
    }

    private static String top(String title) {
        return resolver.resolve(title, 3).getFirst().uri();
    }

    @Test
    void typosAreCorrectedByTheLexicalStage() {
        assertThat(top("electrition")).isEqualTo(ELECTRICIAN);
        assertThat(top("softwre engneer")).isEqualTo(DEVELOPER);
        assertThat(resolver.readings("electrition")).extracting(FusedTitleResolver.Reading::text)
                .containsExactly("electrition", "electrician");
        assertThat(resolver.readings("softwre engneer").getLast())
                .isEqualTo(new FusedTitleResolver.Reading("software engineer", FusedTitleResolver.ReadingKind.SPELLING));
    }

    @Test
    void abbreviationsAndSlangAreExpanded() {
        assertThat(top("sparky")).isEqualTo(ELECTRICIAN);
        assertThat(top("Chippy")).isEqualTo(CARPENTER);
        assertThat(top("sw eng")).isEqualTo(DEVELOPER);
        assertThat(top("RN")).isEqualTo(NURSE);
        FusedTitleResolver.Answer sparky = resolver.explain("sparky", 3);
        assertThat(sparky.rewrittenAs()).isEqualTo("electrician");
        // slang is not spelling-corrected into another word once the table has read it
        assertThat(sparky.readings()).extracting(FusedTitleResolver.Reading::kind)
                .doesNotContain(FusedTitleResolver.ReadingKind.SPELLING);
    }

    @Test
    void anAmbiguousAbbreviationGivesEveryReadingAndLowConfidence() {
        FusedTitleResolver.Answer pm = resolver.explain("PM", 3);
        assertThat(pm.ranked().subList(0, 2)).extracting(ScoredOccupation::uri).containsExactlyInAnyOrder(PROJECT, PRODUCT);
        assertThat(pm.lowConfidence()).isTrue();
    }

    @Test
    void aClearTitleIsConfidentAndNonsenseStillGetsClosestMatchesWithLowConfidence() {
        FusedTitleResolver.Answer clear = resolver.explain("electrician", 3);
        assertThat(clear.ranked().getFirst().uri()).isEqualTo(ELECTRICIAN);
        assertThat(clear.lowConfidence()).isFalse();
        for (String odd : List.of("zqxv blorpt", "🙂🙂", "<b>?</b>", "看护", "x".repeat(10_000))) {
            FusedTitleResolver.Answer a = resolver.explain(odd, 3);
            assertThat(a.ranked()).as(odd).isNotEmpty();
            assertThat(a.lowConfidence()).as(odd).isTrue();
        }
        assertThat(resolver.explain("   ", 3).ranked()).isEmpty();
    }

    @Test
    void labelVectorsAreCachedOnDisk() throws Exception {
        try (var files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .anyMatch(n -> n.startsWith("esco-occupation-labels-") && n.endsWith(".f32"))
                    .anyMatch(n -> n.startsWith("esco-occupation-labels-") && n.endsWith(".json"));
        }
    }

    @Test
    void weightsAreValidated() {
        assertThatThrownBy(() -> new FusionWeights(1, -1, 0, 0, 0, 1, 10, 0.5)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new FusionWeights(1, 1, 0, 0, 0, 1, 10, 1.5)).hasMessageContaining("lowConfidence");
    }
}
