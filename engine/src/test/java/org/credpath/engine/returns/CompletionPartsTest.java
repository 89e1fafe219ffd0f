package org.credpath.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;

import org.credpath.engine.data.CredpathHome;
import org.junit.jupiter.api.Test;

class CompletionPartsTest {

    @Test
    void brierAndReliabilityBins() {
        HeldOutFigures f = HeldOutFigures.of("m", new int[] {1, 0, 1, 0}, new double[] {0.9, 0.1, 0.15, 0.95});
        assertThat(f.brier()).isCloseTo((0.01 + 0.01 + 0.7225 + 0.9025) / 4, within(1e-12));
        assertThat(f.auc()).isCloseTo(0.5, within(1e-12));
        assertThat(f.reliability()).extracting(HeldOutFigures.ReliabilityBin::rows).containsExactly(2, 2);
        assertThat(f.reliability().getFirst().observedRate()).isEqualTo(0.5);
        assertThat(f.maxCalibrationGap(1)).isCloseTo(0.425, within(1e-12));
    }

    @Test
    void mismatchedPredictionsAreRefused() {
        assertThatThrownBy(() -> HeldOutFigures.of("m", new int[] {1}, new double[] {0.1, 0.2}))
                .hasMessageContaining("1/2");
    }

    @Test
    void profilesFromTheRealModuleFilesWithMissingPresentationsMarked() throws IOException {
        OuladModules modules = OuladModules.read(CredpathHome.locate());
        CredentialProfile aaa = modules.profile("AAA", "2013J");
        assertThat(aaa.detailKnown()).isTrue();
        assertThat(aaa.weeks()).isCloseTo(268 / 7.0, within(1e-9));
        assertThat(aaa.assessments()).isEqualTo(3);
        assertThat(aaa.materialPerWeek()).isCloseTo(211 / (268 / 7.0), within(1e-9));
        CredentialProfile ccc = modules.profile("CCC", "2014B");
        assertThat(ccc.detailKnown()).isFalse();
        assertThat(ccc.weeks()).isCloseTo(240 / 7.0, within(1e-9));
        assertThat(ccc.assessments()).isZero();
    }

    @Test
    void profileValuesAreValidated() {
        assertThatThrownBy(() -> new CredentialProfile(0, 0, 0, false)).hasMessageContaining("weeks").hasMessageContaining("0.0");
        assertThatThrownBy(() -> new CredentialProfile(30, 3, 0, false)).hasMessageContaining("3/0.0");
    }

    @Test
    void logisticEncodingHasFixedWidthAndOneHotLevels() {
        CompletionFeatures f = new CompletionFeatures(10, 1, 2, 0, 1, 3, 2, 0.5, new CredentialProfile(38, 4, 5.5, true));
        double[] e = LogisticScorer.encode(f.toArray());
        assertThat(e).hasSize(21);
        assertThat(e[6 + 3]).isEqualTo(1);
        assertThat(e[11 + 2]).isEqualTo(1);
        assertThat(e[14]).isCloseTo(0, within(1e-12));
    }

    @Test
    void blendAveragesItsParts() {
        BlendScorer b = new BlendScorer(List.of(x -> 0.2, x -> 0.6));
        assertThat(b.score(new double[12])).isCloseTo(0.4, within(1e-12));
        assertThatThrownBy(() -> new BlendScorer(List.of())).hasMessageContaining("none");
    }
}
