package org.credpath.engine.labour.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.bls.Bls;
import org.credpath.engine.labour.bls.BlsLoader;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.labour.onet.Onet;
import org.credpath.engine.labour.onet.OnetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Joins on the real shipped data: ESCO -> Nesta -> O*NET 2019 -> SOC 2018 -> OEWS. */
class CrosswalkTest {

    private static Crosswalk crosswalk;
    private static Bls bls;
    private static Onet onet;

    @BeforeAll
    static void load() {
        CredpathHome home = CredpathHome.locate();
        Esco esco = EscoLoader.load(home);
        onet = OnetLoader.load(home);
        bls = BlsLoader.load(home);
        crosswalk = Crosswalk.build(CrosswalkTables.load(home), esco, onet, bls);
    }

    @Test
    void onetAndBlsCounts() {
        assertThat(onet.occupations()).hasSize(1016);
        assertThat(onet.technologyCount()).isEqualTo(32627);
        assertThat(onet.relatedPairCount()).isEqualTo(18460);
        assertThat(bls.oews("15-1252").orElseThrow().annual().median().usd()).isEqualTo(133080);
        assertThat(bls.oews("27-2011").orElseThrow().annual().median()).isNull();
        assertThat(bls.oews("11-0000").orElseThrow().annual().p90().topCoded()).isTrue();
        assertThat(bls.projection("15-1252").orElseThrow().growthPercent()).isEqualTo(15.8);
        assertThat(bls.projection("15-1252").orElseThrow().entryEducation()).isEqualTo("Bachelor's degree");
    }

    @Test
    void atLeast1500EscoOccupationsReachAnOewsWageThroughNestaAfterTheTitleCheck() {
        long viaNesta = crosswalk.wageRoutes().getOrDefault(WageRoute.ONET_DETAILED, 0)
                + crosswalk.wageRoutes().getOrDefault(WageRoute.ONET_BROAD_GROUP, 0);
        assertThat(crosswalk.nestaRows()).isEqualTo(1680);
        // 1,520 after 369 occupations were re-priced by their O*NET title (TITLE_MATCH; docs/labour-market.md)
        assertThat(viaNesta).isGreaterThanOrEqualTo(1500);
        assertThat(crosswalk.wageRoutes().getOrDefault(WageRoute.TITLE_MATCH, 0)).isBetween(300, 450);
        assertThat(crosswalk.escoWithWage()).isGreaterThan((int) viaNesta);
        System.err.println("crosswalk: " + crosswalk.escoWithOnet() + " with O*NET, " + crosswalk.wageRoutes());
    }
}
