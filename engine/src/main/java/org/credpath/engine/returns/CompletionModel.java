package org.credpath.engine.returns;

/** The probability that a learner completes (passes) a credential. */
@FunctionalInterface
public interface CompletionModel {

    /** A probability in [0, 1]. */
    double probability(CompletionFeatures features);

    /** A model that returns the same probability for everyone (tests, and the fallback with no trained model). */
    static CompletionModel constant(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("completion probability must be in [0, 1], got " + p);
        }
        return f -> p;
    }
}
