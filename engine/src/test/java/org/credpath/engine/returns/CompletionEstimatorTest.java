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
        assertThat(calls[0] - before).as("model runs once per probability() call, never per forLearner() call")
                .isEqualTo(cs.size());
        assertThat(perLearner.applyAsDouble(cs.get(0))).isGreaterThan(perLearner.applyAsDouble(cs.get(2)));
    }
}
