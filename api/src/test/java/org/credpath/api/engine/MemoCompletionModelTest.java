package org.credpath.api.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.plan.PlanningContexts;
import org.credpath.engine.rank.LearnerProfile;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.returns.CompletionEstimator;
import org.credpath.engine.returns.CompletionFeatures;
import org.credpath.engine.returns.CompletionModel;
import org.credpath.engine.returns.CredentialProfile;
import org.junit.jupiter.api.Test;

/** The memo answers exactly as the model it wraps, runs it once per input, and stays bounded. */
class MemoCompletionModelTest {

    private static CompletionFeatures features(double hours, int held) {
        return new CompletionFeatures(hours, 0, 1, held, 0, CompletionFeatures.DEFAULT_EDUCATION,
                CompletionFeatures.DEFAULT_AGE_BAND, CompletionFeatures.DEFAULT_COMPLETION_RATE, CredentialProfile.UNKNOWN);
    }

    @Test
    void sameAnswersOneModelCallPerInput() {
        AtomicInteger calls = new AtomicInteger();
        CompletionModel model = f -> {
            calls.incrementAndGet();
            return Math.min(1, f.weeklyStudyHours() / 20 + 0.01 * f.priorCompletions());
        };
        MemoCompletionModel memo = new MemoCompletionModel(model);
        for (int round = 0; round < 3; round++) {
            for (double h : List.of(3.0, 6.0, 12.5)) {
                for (int held = 0; held < 4; held++) {
                    assertThat(memo.probability(features(h, held))).isEqualTo(model.probability(features(h, held)));
                }
            }
        }
        // 36 direct calls above plus one memo miss per distinct input (12)
        assertThat(calls.get()).isEqualTo(36 + 12);
        assertThat(memo.size()).isEqualTo(12);
    }

    @Test
    void startsAgainWhenFull() {
        MemoCompletionModel memo = new MemoCompletionModel(f -> 0.5);
        for (int i = 0; i < MemoCompletionModel.MAX_ENTRIES + 10; i++) {
            memo.probability(features(1 + i * 0.01, 0));
        }
        assertThat(memo.size()).isBetween(1, MemoCompletionModel.MAX_ENTRIES);
    }

    @Test
    void servingSignalsRunTheCompletionModelOncePerLearnerNotPerCandidate() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletionEstimator estimator = new CompletionEstimator(f -> {
            calls.incrementAndGet();
            return 0.2 + 0.02 * f.weeklyStudyHours();
        });
        LearnerSignals serving = LearnerSignals.shipped(CredpathHome.locate(), estimator);
        LearnerProfile p = new LearnerProfile("l", java.util.Set.of("h0"), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), null, 5.0, null, Level.INTRODUCTORY);
        List<Credential> creds = new ArrayList<>();
        for (Double hours : new Double[] {null, 8.0, 60.0, 300.0}) {
            creds.add(new Credential("c" + creds.size(), "t", null, null, null, null, CredentialType.COURSE,
                    Level.ADVANCED, hours, null, Delivery.ONLINE, "en", true, List.of(), List.of(), null, null, null,
                    null, null));
        }
        var perLearner = serving.completionFor(p);
        int before = calls.get();
        for (Credential c : creds) {
            assertThat(perLearner.applyAsDouble(c)).isEqualTo(estimator.probability(c, 5.0, 1));
        }
        assertThat(calls.get() - before).as("one model run per probability() call above, none per candidate")
                .isEqualTo(creds.size());
    }

    @Test
    void signalsOverTheServersMemoGiveTheShippedSignalsCompletion() throws Exception {
        CredpathHome home = CredpathHome.locate();
        LearnerSignals shipped = LearnerSignals.shipped(home);
        CompletionEstimator plain = PlanningContexts.completion(home, System.err);
        LearnerSignals serving = LearnerSignals.shipped(home, EngineServices.completion(home, System.err));
        List<Credential> creds = new ArrayList<>();
        int n = 0;
        for (Level level : new Level[] {null, Level.INTRODUCTORY, Level.ADVANCED}) {
            for (Double hours : new Double[] {null, 8.0, 60.0, 300.0}) {
                creds.add(new Credential("c" + n++, "t", null, null, null, null, CredentialType.COURSE, level, hours, null,
                        Delivery.ONLINE, "en", true, List.of(), List.of(), null, null, null, null, null));
            }
        }
        for (Double hpw : new Double[] {null, 3.0, 7.5, 12.0}) {
            for (int held = 0; held < 3; held++) {
                List<String> heldIds = new ArrayList<>();
                for (int i = 0; i < held; i++) {
                    heldIds.add("h" + i);
                }
                LearnerProfile p = new LearnerProfile("l", java.util.Set.copyOf(heldIds), java.util.Set.of(),
                        java.util.Set.of(), java.util.Set.of(), null, hpw, null, Level.INTRODUCTORY);
                for (Credential c : creds) {
                    assertThat(serving.completion(c, p)).as("%s %s %d", c, hpw, held).isEqualTo(shipped.completion(c, p));
                    assertThat(serving.completion(c, p)).isEqualTo(
                            plain.probability(c, hpw == null ? LearnerSignals.DEFAULT_HOURS_PER_WEEK : hpw, held));
                }
            }
        }
    }
}
