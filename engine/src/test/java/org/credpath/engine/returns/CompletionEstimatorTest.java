package org.credpath.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Level;
import org.junit.jupiter.api.Test;

class CompletionEstimatorTest {

    private static Credential credential(String id, double hours, Level level) {
        return new Credential(id, id, null, null, null, null, CredentialType.COURSE, level, hours, null, null, null,
                null, List.of(), null, null, null, null, null, null);
    }

    @Test
    void perLearnerFunctionGivesExactlyThePerCallProbabilities() {
        int[] calls = {0};
        CompletionEstimator estimator = new CompletionEstimator(f -> {
            calls[0]++;
            return 0.3 + 0.01 * f.weeklyStudyHours();
        });
        List<Credential> cs = List.of(credential("a", 10, Level.INTRODUCTORY), credential("b", 80, null),
                credential("c", 300, Level.ADVANCED));
        ToDoubleFunction<Credential> perLearner = estimator.forLearner(6, 2);
        int before = calls[0];
        for (Credential c : cs) {
            assertThat(perLearner.applyAsDouble(c)).isEqualTo(estimator.probability(c, 6, 2));
        }
        assertThat(calls[0] - before).as("(6 h, 2 held) was answered before: remembered, the model does not run")
                .isZero();
        assertThat(perLearner.applyAsDouble(cs.get(0))).isGreaterThan(perLearner.applyAsDouble(cs.get(2)));
    }

    @Test
    void modelRunsOncePerLearnerInputAndAnswersExactlyAsIt() {
        int[] calls = {0};
        CompletionModel model = f -> {
            calls[0]++;
            return Math.min(0.95, 0.05 + f.weeklyStudyHours() / 20 + 0.01 * f.priorCompletions());
        };
        CompletionEstimator estimator = new CompletionEstimator(model);
        Credential c = credential("a", 40, Level.INTERMEDIATE);
        for (int round = 0; round < 3; round++) {
            for (double h : List.of(3.0, 6.0, 12.5)) {
                for (int held = 0; held < 4; held++) {
                    double p = estimator.probability(c, h, held);
                    assertThat(p).isEqualTo(new CompletionEstimator(model).probability(c, h, held));
                }
            }
        }
        // 36 reference calls on fresh estimators plus one run per distinct input (12) for the remembering one
        assertThat(calls[0]).isEqualTo(36 + 12);
        assertThat(estimator.remembered()).isEqualTo(12L);
    }

    @Test
    void memoryIsBounded() {
        CompletionEstimator estimator = new CompletionEstimator(f -> 0.5);
        Credential c = credential("a", 40, null);
        for (int i = 0; i < CompletionEstimator.MAX_REMEMBERED + 10; i++) {
            estimator.probability(c, 1 + i * 0.01, 0);
        }
        assertThat(estimator.remembered()).isBetween(1L, (long) CompletionEstimator.MAX_REMEMBERED);
    }
}
