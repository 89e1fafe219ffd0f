package org.credpath.api.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.rank.LearnerProfile;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.returns.CompletionEstimator;

/**
 * The ranker's signals as the server computes them: skill premium and skill vectors from the
 * shipped signals, completion from the server's one {@link CompletionEstimator} (whose model is a
 * {@link MemoCompletionModel}), with the same rule as {@link LearnerSignals#shipped}: a learner
 * who states no hours per week is taken to study {@value #DEFAULT_HOURS} hours.
 */
final class ServingSignals implements LearnerSignals {

    /** Hours per week the ranker's completion feature assumes when the learner states none (as {@code LearnerSignals.shipped}). */
    static final double DEFAULT_HOURS = 6;

    private final LearnerSignals shipped;
    private final CompletionEstimator completion;

    ServingSignals(LearnerSignals shipped, CompletionEstimator completion) {
        this.shipped = Objects.requireNonNull(shipped, "shipped");
        this.completion = Objects.requireNonNull(completion, "completion");
    }

    @Override
    public double premium(String skillUri) {
        return shipped.premium(skillUri);
    }

    @Override
    public double completion(Credential c, LearnerProfile learner) {
        return completionFor(learner).applyAsDouble(c);
    }

    /** The learner's part (the completion model) once, as {@code LearnerSignals.shipped} does; per candidate only the adjustments. */
    @Override
    public ToDoubleFunction<Credential> completionFor(LearnerProfile learner) {
        double hours = learner.hoursPerWeek() == null ? DEFAULT_HOURS : learner.hoursPerWeek();
        return completion.forLearner(hours, learner.held().size());
    }

    @Override
    public Optional<float[]> skillVector(String skillUri) {
        return shipped.skillVector(skillUri);
    }
}
