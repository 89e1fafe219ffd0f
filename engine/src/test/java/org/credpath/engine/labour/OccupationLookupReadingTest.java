package org.credpath.engine.labour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credpath.engine.labour.bls.Bls;
import org.credpath.engine.labour.crosswalk.Crosswalk;
import org.credpath.engine.labour.crosswalk.CrosswalkTables;
import org.credpath.engine.labour.onet.Onet;
import org.credpath.engine.labour.title.TitleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a free-text title was read, and the "did you mean" warning, on the tiny fixture. */
class OccupationLookupReadingTest {

    @TempDir
    static Path cache;
    private static OccupationLookup lookup;

    @BeforeAll
    static void build() {
        Onet onet = new Onet(List.of(), List.of(), List.of(), List.of(), Map.of());
        Bls bls = new Bls(Map.of(), Map.of());
        Crosswalk cw = Crosswalk.build(new CrosswalkTables(Map.of(), Map.of(), Map.of(), Map.of()), TitleFixture.ESCO, onet, bls);
        var resolver = TitleFixture.resolver(cache);
        lookup = new OccupationLookup(TitleFixture.ESCO, onet, cw, () -> resolver);
    }

    @Test
    void slangIsReadThroughTheTableAndSaysSo() {
        OccupationResolution r = lookup.resolve("sparky", 3);
        assertThat(r.matched()).isTrue();
        assertThat(r.occupation().uri()).isEqualTo(TitleFixture.ELECTRICIAN);
        assertThat(r.reading()).isEqualTo("electrician");
        assertThat(r.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void ambiguousTitleIsMatchedWithADidYouMeanWarning() {
        OccupationResolution r = lookup.resolve("PM", 3);
        assertThat(r.matched()).isTrue();
        assertThat(r.warning()).contains("low confidence").contains("did you mean")
                .containsAnyOf("'project manager'", "'product manager'");
    }

    @Test
    void nonsenseGetsTheClosestMatchesAndAWarningNeverNothing() {
        OccupationResolution r = lookup.resolve("zqxv blorpt", 3);
        assertThat(r.matched()).isFalse();
        assertThat(r.alternatives()).isNotEmpty();
        assertThat(r.warning()).contains("no occupation matches 'zqxv blorpt' well; did you mean");
    }

    @Test
    void exactLabelsAndClearTitlesCarryNoWarning() {
        OccupationResolution exact = lookup.resolve("head chef", 3);
        assertThat(exact.method()).isEqualTo(MatchMethod.EXACT_LABEL);
        assertThat(exact.confidence()).isEqualTo(1.0);
        assertThat(exact.warning()).isNull();
        OccupationResolution typo = lookup.resolve("electrition", 3);
        assertThat(typo.occupation().uri()).isEqualTo(TitleFixture.ELECTRICIAN);
        assertThat(typo.reading()).isEqualTo("electrician");
    }
}
