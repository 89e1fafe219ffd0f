package org.credpath.engine.labour.bls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** OEWS parsing on a tiny committed fixture: thousands separators, {@code *}, {@code #}, blanks, duplicate codes. */
class BlsLoaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(BlsLoaderTest.class.getResource("/labour/" + name).toURI());
    }

    @Test
    void parsesPublishedNotAvailableAndTopCodedWages() throws Exception {
        Map<String, OewsOccupation> oews = BlsLoader.oews(fixture("oews_tiny.csv"));
        OewsOccupation ceo = oews.get("11-1011");
        assertThat(ceo.employment()).isEqualTo(211_230);
        assertThat(ceo.annual().median()).isEqualTo(new WageFigure(206_680, false));
        assertThat(ceo.annual().p90()).isEqualTo(new WageFigure(WageFigure.ANNUAL_TOP_CODE, true));
        assertThat(ceo.hourly().p75().topCoded()).isTrue();

        OewsOccupation actors = oews.get("27-2011");
        assertThat(actors.hourlyOnly()).isTrue();
        assertThat(actors.annual().median()).isNull();
        assertThat(actors.annual().hasMedian()).isFalse();
        assertThat(actors.hourly().median().usd()).isEqualTo(23.33);

        assertThat(oews.get("13-1020").group()).isEqualTo("detailed");
        assertThat(oews.get("15-1250").employment()).isEqualTo(-1);
    }

    @Test
    void broadGroupFallbackWhenTheDetailedCodeHasNoRow() throws Exception {
        Bls bls = new Bls(BlsLoader.oews(fixture("oews_tiny.csv")), Map.of());
        assertThat(Bls.broadGroup("15-1252")).isEqualTo("15-1250");
        assertThat(bls.wageWithBroadFallback("15-1252").orElseThrow().socCode()).isEqualTo("15-1250");
        assertThat(bls.wageWithBroadFallback("27-2011")).isEmpty();
    }

    @Test
    void badNumberNamesFileLineAndColumn() {
        assertThatThrownBy(() -> BlsLoader.oews(fixture("oews_bad.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oews_bad.csv line 2")
                .hasMessageContaining("A_MEDIAN")
                .hasMessageContaining("lots");
    }

    @Test
    void recordsRefuseBadValues() {
        assertThatThrownBy(() -> new WageFigure(-3, false)).hasMessageContaining("-3");
        assertThatThrownBy(() -> new Projection("151252", "x", true, 1, 1, 1, 1, ""))
                .hasMessageContaining("151252");
    }
}
