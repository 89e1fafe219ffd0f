package org.credpath.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.data.CredpathHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionModelTest {

    static OuladEnrolment row(long student, String pres, OuladEnrolment.Outcome o) {
        return new OuladEnrolment("AAA", pres, student, true, "Wales", 2, 3, 0, 0, 60, false, o);
    }

    @Test
    void historyAndConcurrencyUseOnlyThePast() {
        List<OuladEnrolment> rows = List.of(
                row(1, "2013J", OuladEnrolment.Outcome.PASS),
                row(1, "2014B", OuladEnrolment.Outcome.FAIL),
                row(1, "2014B", OuladEnrolment.Outcome.WITHDRAWN),
                row(1, "2014J", OuladEnrolment.Outcome.DISTINCTION));
        List<CompletionFeatures> f = OuladFeatures.of(rows, Map.of());
        assertThat(f.get(0).priorCompletions()).isZero();
        assertThat(f.get(1).priorCompletions()).isEqualTo(1);
        assertThat(f.get(1).concurrentCredentials()).isEqualTo(2);
        assertThat(f.get(3).priorCompletions()).isEqualTo(1);
        assertThat(f.get(3).priorNonCompletions()).isEqualTo(2);
        assertThat(f.get(0).weeklyStudyHours()).isCloseTo(60 * 10 / (268 / 7.0), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void imdBandsIncludingTheSpreadsheetMangledOne() {
        assertThat(OuladData.imdDecile("20-Oct")).isEqualTo(1);
        assertThat(OuladData.imdDecile("90-100%")).isEqualTo(9);
        assertThat(OuladData.imdDecile("")).isEqualTo(-1);
    }

    @Test
    void readsTheRealStudentInfo() throws IOException {
        List<OuladEnrolment> rows = OuladData.readEnrolments(OuladData.studentInfo(CredpathHome.locate()));
        assertThat(rows).hasSize(32_593);
        assertThat(rows.stream().filter(r -> r.outcome().completed()).count()).isEqualTo(12_361 + 3_024);
    }

    @Test
    void badFeatureValuesAreRefusedWithTheValue() {
        assertThatThrownBy(() -> new CompletionFeatures(0, 0, 1, 0, 0, 2, 0, 0.5, CredentialProfile.UNKNOWN)).hasMessageContaining("weeklyStudyHours");
        assertThatThrownBy(() -> new CompletionFeatures(5, 0, 1, 0, 0, 7, 0, 0.5, CredentialProfile.UNKNOWN)).hasMessageContaining("7");
    }

    @Test
    void levelAndLengthAdjustTheOdds() {
        CompletionEstimator e = new CompletionEstimator(CompletionModel.constant(0.5));
        Credential intro = new Credential("a", "A", null, null, null, null, null, Level.INTRODUCTORY, 10.0, null, null,
                null, null, null, null, null, null, null, null, null);
        Credential adv = new Credential("b", "B", null, null, null, null, null, Level.ADVANCED, 200.0, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThat(e.probability(intro, 5, 0)).isGreaterThan(0.5);
        assertThat(e.probability(adv, 5, 0)).isLessThan(0.5);
    }

    @Test
    @Tag("slow")
    void trainsOnRealOuladAndBeatsChanceWithRoundTrip(@TempDir Path dir) throws IOException {
        CredpathHome home = CredpathHome.locate();
        List<OuladEnrolment> rows = OuladData.readEnrolments(OuladData.studentInfo(home));
        CompletionTrainer.Result r = CompletionTrainer.train(rows, OuladModules.read(home),
                CompletionTrainer.Options.defaults(),
                List.of(CompletionCandidates.logistic(0.1), CompletionCandidates.boosting(60, 4, 16, 20, 0.1, 0.7)),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(r.shipped().auc()).isGreaterThan(0.62);
        assertThat(r.baseline().auc()).isBetween(0.64, 0.69);
        assertThat(r.candidates()).hasSize(2);
        assertThat(r.model().isCalibrated()).isTrue();
        r.model().save(dir.resolve("m.ser.gz"));
        TrainedCompletionModel back = TrainedCompletionModel.load(dir.resolve("m.ser.gz"));
        CompletionFeatures f = new CompletionFeatures(8, 0, 1, 1, 0, 2, 0, 0.5, CredentialProfile.UNKNOWN);
        assertThat(back.probability(f)).isEqualTo(r.model().probability(f));
        assertThat(Files.size(dir.resolve("m.ser.gz"))).isLessThan(2_000_000);
    }
}
