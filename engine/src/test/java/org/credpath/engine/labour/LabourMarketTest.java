package org.credpath.engine.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.crosswalk.WageRoute;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.title.FusionWeights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The facade on the real shipped data (loading takes about 10 s). */
@Tag("slow")
class LabourMarketTest {

    private static final String SOFTWARE_DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    private static LabourMarket market;

    @BeforeAll
    static void load() {
        market = LabourMarket.load(CredpathHome.locate(), s -> { });
    }

    @Test
    void statsCountTheShippedData() {
        LabourMarketStats s = market.stats();
        assertThat(s.escoOccupations()).isEqualTo(3007);
        assertThat(s.escoSkills()).isEqualTo(13896);
        assertThat(s.occupationSkillLinks()).isEqualTo(123855);
        assertThat(s.onetOccupations()).isEqualTo(1016);
        assertThat(s.onetAlternateTitles()).isEqualTo(56560);
        assertThat(s.crosswalkRows()).isEqualTo(1680);
        assertThat(s.wageViaOnet()).isGreaterThanOrEqualTo(1500);
        assertThat(s.occupationsWithWage()).isGreaterThanOrEqualTo(2900);
        assertThat(s.occupationWageShare()).isGreaterThan(0.95);
    }

    @Test
    void resolvesByUriOnetCodeSocCodeAndTitle() {
        OccupationResolution byUri = market.resolveOccupation(SOFTWARE_DEVELOPER);
        assertThat(byUri.method()).isEqualTo(MatchMethod.URI);
        assertThat(byUri.occupation().preferredLabel()).isEqualTo("software developer");

        OccupationResolution byOnet = market.resolveOccupation("15-1252.00");
        assertThat(byOnet.method()).isEqualTo(MatchMethod.ONET_CODE);
        assertThat(market.onetCodes(byOnet.occupation().uri())).contains("15-1252.00");

        OccupationResolution bySoc = market.resolveOccupation("29-1141");
        assertThat(bySoc.method()).isEqualTo(MatchMethod.SOC_CODE);
        assertThat(market.onetCodes(bySoc.occupation().uri())).anyMatch(c -> c.startsWith("29-1141"));

        OccupationResolution exact = market.resolveOccupation("Software Developer");
        assertThat(exact.method()).isEqualTo(MatchMethod.EXACT_LABEL);
        assertThat(exact.occupation().uri()).isEqualTo(SOFTWARE_DEVELOPER);

        OccupationResolution title = market.resolveOccupation("Senior Java Developer (remote)");
        assertThat(title.method()).isEqualTo(MatchMethod.SEARCH);
        assertThat(title.score()).isBetween(0.5, 1.0);
        assertThat(title.alternatives()).isNotEmpty();
    }

    @Test
    void unknownOccupationReturnsClosestMatches() {
        OccupationResolution r = market.resolveOccupation("intergalactic pastry wizard");
        assertThat(r.matched()).isFalse();
        assertThat(r.method()).isEqualTo(MatchMethod.NONE);
        assertThat(r.alternatives()).isNotEmpty();
        assertThatThrownBy(() -> market.requireOccupation("intergalactic pastry wizard"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closest matches");
        assertThat(market.resolveOccupation("http://data.europa.eu/esco/occupation/nope").matched()).isFalse();
        assertThat(market.resolveOccupation("99-9999.00").matched()).isFalse();
        assertThatThrownBy(() -> market.resolveOccupation("  ")).hasMessageContaining("blank");
    }

    @Test
    void messyTitlesFromTheIssueAreReadAndSaySo() {
        OccupationResolution typo = market.resolveOccupation("softwre engneer");
        assertThat(typo.occupation().preferredLabel()).isEqualTo("software developer");
        assertThat(typo.reading()).isEqualTo("software engineer");

        // JobBERT vacancy titles "Electrician" mostly carry ESCO "electrical mechanic", so the evidence puts it first
        OccupationResolution slang = market.resolveOccupation("sparky");
        assertThat(slang.occupation().preferredLabel()).isIn("electrician", "electrical mechanic");
        assertThat(slang.reading()).isEqualTo("electrician");

        OccupationResolution chippy = market.resolveOccupation("chippy");
        assertThat(chippy.occupation().preferredLabel()).isEqualTo("carpenter");

        OccupationResolution gp = market.resolveOccupation("GP");
        assertThat(gp.occupation().preferredLabel()).isEqualTo("general practitioner");

        OccupationResolution generic = market.resolveOccupation("team leader");
        assertThat(generic.confidence()).isLessThan(FusionWeights.DEFAULT.lowConfidence());
        assertThat(generic.warning()).contains("did you mean");

        assertThat(market.searchOccupations("sw eng", 3)).extracting(c -> c.occupation().preferredLabel())
                .contains("software developer");
        for (String odd : new String[]{"🙂", "<script>alert(1)</script>", "x".repeat(10_000), "护士"}) {
            assertThat(market.searchOccupations(odd, 3)).as(odd).isNotEmpty();
        }
    }

    @Test
    void dataAnalystIsNoLongerPricedAsAResearchScientist() {
        String dataAnalyst = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
        // Nesta: 15-1111.00 -> 15-1221 computer and information research scientists (140,910 USD); the O*NET
        // alternate title "Data Analyst" lists ten codes, whose employment-weighted median row is 15-2051
        assertThat(market.wageJoin(dataAnalyst).orElseThrow().replacedOewsCode()).isEqualTo("15-1221");
        assertThat(market.wages(dataAnalyst).orElseThrow().socCode()).isEqualTo("15-2051");
    }

    @Test
    void occupationFactsForSoftwareDeveloper() {
        // Nesta maps ESCO "software developer" to O*NET 15-1131.00 (computer programmers) -> 15-1251.00 in 2019;
        // "Software Developer" is an O*NET alternate title of 15-1252 only, so the title check re-prices it
        assertThat(market.onetCodes(SOFTWARE_DEVELOPER)).containsExactly("15-1251.00");
        assertThat(market.wageJoin(SOFTWARE_DEVELOPER).orElseThrow().route()).isEqualTo(WageRoute.TITLE_MATCH);
        assertThat(market.wageJoin(SOFTWARE_DEVELOPER).orElseThrow().replacedOewsCode()).isEqualTo("15-1251");
        assertThat(market.wages(SOFTWARE_DEVELOPER).orElseThrow().annual().median().usd()).isEqualTo(133_080);
        assertThat(market.projection(SOFTWARE_DEVELOPER).orElseThrow().socCode()).isEqualTo("15-1252");
        assertThat(market.jobZone(SOFTWARE_DEVELOPER).orElseThrow()).isBetween(3, 5);
        assertThat(market.essentialSkills(SOFTWARE_DEVELOPER)).isNotEmpty();
        assertThat(market.optionalSkills(SOFTWARE_DEVELOPER)).isNotEmpty();
        assertThat(market.relatedOccupations(SOFTWARE_DEVELOPER)).isNotEmpty()
                .extracting(EscoOccupation::uri).doesNotContain(SOFTWARE_DEVELOPER);
        assertThat(market.technologies(SOFTWARE_DEVELOPER, true)).isNotEmpty()
                .allMatch(t -> t.hot() || t.inDemand());
    }

    @Test
    void profileBundlesTheFacts() {
        OccupationProfile p = market.profile(SOFTWARE_DEVELOPER).orElseThrow();
        assertThat(p.wages().socCode()).isEqualTo("15-1252"); // re-priced by its O*NET title (was 15-1251 through Nesta)
        assertThat(p.jobZone()).isBetween(3, 5);
        assertThat(p.essentialSkills()).isEqualTo(market.essentialSkills(SOFTWARE_DEVELOPER));
        assertThat(p.technologies()).isNotEmpty();
        assertThat(market.profile("http://data.europa.eu/esco/occupation/nope")).isEmpty();
    }

    @Test
    void resolvesSkillsByUriLabelSearchAndTypo() {
        SkillMatch exact = market.resolveSkill("Python (Computer Programming)").orElseThrow();
        assertThat(exact.method()).isEqualTo(MatchMethod.EXACT_LABEL);
        assertThat(market.resolveSkill("python").orElseThrow().skill()).isEqualTo(exact.skill());
        assertThat(market.resolveSkill(exact.skill().uri()).orElseThrow().method()).isEqualTo(MatchMethod.URI);
        SkillMatch typo = market.resolveSkill("pyhton").orElseThrow();
        assertThat(typo.skill()).isEqualTo(exact.skill());
        assertThat(market.resolveSkill("qqqq zzzz")).isEmpty();
        SkillMatch search = market.resolveSkill("manage a team of musical staff").orElseThrow();
        assertThat(search.method()).isEqualTo(MatchMethod.SEARCH);
        assertThat(market.skillGroups(exact.skill().uri())).isNotEmpty();
    }
}
