package org.credpath.engine.labour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credpath.engine.labour.bls.Bls;
import org.credpath.engine.labour.crosswalk.Crosswalk;
import org.credpath.engine.labour.crosswalk.CrosswalkTables;
import org.credpath.engine.labour.onet.Onet;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.SkillHierarchy;
import org.credpath.engine.labour.title.EvidenceTitleResolver;
import org.credpath.engine.labour.title.EvidenceWeights;
import org.credpath.engine.labour.title.ExactLabelResolver;
import org.credpath.engine.labour.title.FusedTitleResolver;
import org.credpath.engine.labour.title.FusionWeights;
import org.credpath.engine.labour.title.OccupationPrior;
import org.credpath.engine.labour.title.TitleAbbreviations;
import org.credpath.engine.labour.title.TitleEvidence;
import org.credpath.engine.labour.title.TitleEvidenceSources;
import org.credpath.engine.labour.title.TitleFixture;
import org.credpath.engine.labour.title.TitleSource;
import org.credpath.engine.labour.title.TitleSpelling;
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

    private static final String PUMP = "urn:occ:pump-operator";
    private static final String FIRE = "urn:occ:firefighter";

    /** "fireman" is only an alternative label of pump operator; three vacancy titles "Fireman" name firefighter. */
    private static OccupationLookup firemanLookup(double exactLabelWeight) {
        Esco esco = new Esco(List.of(
                new EscoOccupation(PUMP, "0000.0", "0000", "pump operator", List.of("fireman"), List.of(), "Operates pumps."),
                new EscoOccupation(FIRE, "0000.1", "0000", "firefighter", List.of("fire fighter"), List.of(), "Fights fires.")),
                List.of(), List.of(), new SkillHierarchy(Map.of(), Map.of()));
        List<TitleEvidence> evidence = new java.util.ArrayList<>(TitleEvidenceSources.esco(esco));
        for (int i = 0; i < 3; i++) {
            evidence.add(new TitleEvidence(FIRE, "Fireman", TitleSource.VACANCY));
        }
        TitleSpelling spelling = new TitleSpelling(List.of("pump operator", "fireman", "firefighter", "fire fighter"));
        FusionWeights weights = new FusionWeights(1, 0.5, exactLabelWeight, 0.25, 0.1, 1, 1, 0.4);
        FusedTitleResolver resolver = FusedTitleResolver.lexical(new EvidenceTitleResolver(esco, evidence, EvidenceWeights.DEFAULT),
                new ExactLabelResolver(esco), new TitleAbbreviations(List.of()), spelling, weights)
                .withPrior(OccupationPrior.ofVacancies(evidence));
        assertThat(resolver.resolve("fireman", 2).getFirst().uri()).isEqualTo(FIRE);
        Onet onet = new Onet(List.of(), List.of(), List.of(), List.of(), Map.of());
        Crosswalk cw = Crosswalk.build(new CrosswalkTables(Map.of(), Map.of(), Map.of(), Map.of()), esco, onet,
                new Bls(Map.of(), Map.of()));
        return new OccupationLookup(esco, onet, cw, () -> resolver);
    }

    @Test
    void anAlternativeLabelTheFusedResolverClearlyReadsOtherwiseGivesWayToTheFusedReading() {
        // exact-label weight 0.2: firefighter 0.5 + 0.1 prior against pump operator 1/3 + 0.1, well over 10 % apart
        OccupationLookup lookup = firemanLookup(0.2);
        OccupationResolution r = lookup.resolve("fireman", 3);
        assertThat(r.occupation().uri()).isEqualTo(FIRE);
        assertThat(r.method()).isEqualTo(MatchMethod.SEARCH);
        assertThat(r.alternatives()).extracting(c -> c.occupation().uri()).contains(PUMP);
        // a preferred label still answers exactly
        assertThat(lookup.resolve("pump operator", 3).method()).isEqualTo(MatchMethod.EXACT_LABEL);
    }

    @Test
    void anAlternativeLabelStandsWhenTheFusedReadingIsOnlyJustAhead() {
        // exact-label weight 0.5: firefighter 0.6 against pump operator 1/3 + 0.25, within 10 %
        OccupationResolution r = firemanLookup(0.5).resolve("fireman", 3);
        assertThat(r.occupation().uri()).isEqualTo(PUMP);
        assertThat(r.method()).isEqualTo(MatchMethod.EXACT_LABEL);
        assertThat(r.confidence()).isZero();
        assertThat(r.warning()).contains("an alternative ESCO label").contains("low confidence (0.00)");
    }
}
