package org.credpath.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RankModelsTest {

    @Test
    void listwiseGradientIsTotalGainTimesSoftmaxMinusGain() {
        INDArray scores = Nd4j.createFromArray(new float[] {0f, (float) Math.log(3)}).reshape(2, 1);
        INDArray gains = Nd4j.createFromArray(new float[] {0f, 2f}).reshape(2, 1);
        double[] g = new ListwiseSoftmaxLoss(2).computeGradient(gains, scores, new ActivationIdentity(), null)
                .toDoubleVector();
        // softmax = [0.25, 0.75]; gradient = 2 * p - y = [0.5, -0.5]
        assertThat(g[0]).isCloseTo(0.5, within(1e-5));
        assertThat(g[1]).isCloseTo(-0.5, within(1e-5));
        double score = new ListwiseSoftmaxLoss(2).computeScore(gains, scores, new ActivationIdentity(), null, false);
        assertThat(score).isCloseTo(-2 * Math.log(0.75), within(1e-5));
    }

    @Test
    void positionBiasRecoversAShuffledLoggersCurve() {
        Random rnd = new Random(5);
        List<TrainingSession> sessions = new ArrayList<>();
        for (int s = 0; s < 4000; s++) {
            int[] pos = {1, 2, 3, 4};
            float[] rel = new float[4];
            for (int i = 0; i < 4; i++) {
                rel[i] = rnd.nextDouble() < 0.5 / pos[i] ? 1 : 0;
            }
            sessions.add(new TrainingSession("r" + s, new float[4][1], pos, rel));
        }
        PositionBias b = PositionBias.estimate(sessions, 4);
        assertThat(b.at(1)).isEqualTo(1.0);
        assertThat(b.at(2)).isCloseTo(0.5, within(0.06));
        assertThat(b.at(4)).isCloseTo(0.25, within(0.05));
        assertThat(b.weight(9)).isEqualTo(1.0 / b.at(4));
    }

    /** 300 lists of 10 (useful, noise) rows; the row with the largest first feature is the enrol. */
    private static List<TrainingSession> firstFeatureDecides(Random rnd) {
        List<TrainingSession> sessions = new ArrayList<>();
        for (int s = 0; s < 300; s++) {
            float[][] x = new float[10][2];
            int[] pos = new int[10];
            float[] rel = new float[10];
            int best = 0;
            for (int i = 0; i < 10; i++) {
                x[i][0] = rnd.nextFloat();
                x[i][1] = rnd.nextFloat();
                pos[i] = i + 1;
                best = x[i][0] > x[best][0] ? i : best;
            }
            rel[best] = 2;
            sessions.add(new TrainingSession("r" + s, x, pos, rel));
        }
        return sessions;
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void dl4jRankerLearnsTheFeatureThatDrivesEnrolsAndRoundTrips(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        List<TrainingSession> sessions = firstFeatureDecides(new Random(3));
        Dl4jRanker r = new Dl4jTrainer(new Dl4jOptions(7, 20, 8, 0.01, 10, 16, false))
                .train(List.of("useful", "noise"), sessions, PositionBias.none(10), e -> { });
        double[] s = r.score(new float[][] {{0.9f, 0.1f}, {0.1f, 0.9f}});
        assertThat(s[0]).isGreaterThan(s[1]);
        r.save(dir);
        assertThat(Dl4jRanker.load(dir).score(new float[][] {{0.9f, 0.1f}, {0.1f, 0.9f}})).containsExactly(s);
    }

    @Test
    void weightCapAndEarlyStoppingOptionsAreValidatedAndApplied() {
        PositionBias bias = new PositionBias(new double[] {1.0, 0.5, 0.1});
        Dl4jOptions capped = Dl4jOptions.defaults(1).withMaxWeight(4);
        assertThat(capped.biasCorrection()).isTrue();
        assertThat(capped.weight(bias, 2)).isEqualTo(2.0);
        assertThat(capped.weight(bias, 3)).as("1 / 0.1 clipped at 4").isEqualTo(4.0);
        Dl4jOptions off = Dl4jOptions.defaults(1).withMaxWeight(1);
        assertThat(off.biasCorrection()).isFalse();
        assertThat(off.weight(bias, 3)).isEqualTo(1.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dl4jOptions.defaults(1).withEarlyStopping(0.7, 2))
                .hasMessageContaining("0.7");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LambdaMartOptions(100, 0, 0.1, 1))
                .hasMessageContaining("got 0");
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void earlyStoppingKeepsALearnedModel() {
        List<TrainingSession> sessions = firstFeatureDecides(new Random(4));
        Dl4jOptions options = new Dl4jOptions(7, 200, 8, 0.01, 10, 16, false).withEarlyStopping(0.2, 2);
        int[] lastEpoch = {0};
        Dl4jRanker r = new Dl4jTrainer(options).train(List.of("useful", "noise"), sessions, PositionBias.none(10),
                e -> lastEpoch[0] = e);
        assertThat(lastEpoch[0]).as("validation loss stops improving long before 200 epochs").isLessThan(200);
        double[] s = r.score(new float[][] {{0.9f, 0.1f}, {0.1f, 0.9f}});
        assertThat(s[0]).isGreaterThan(s[1]);
    }

    @Test
    void columnRankerWeighsNamedColumns() {
        ColumnRanker r = ColumnRanker.of("t", List.of("a", "b"), List.of("b"), 2);
        assertThat(r.score(new float[][] {{5, 1}, {0, 3}})).containsExactly(2.0, 6.0);
    }
}
