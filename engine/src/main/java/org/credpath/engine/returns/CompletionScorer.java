package org.credpath.engine.returns;

import java.io.Serializable;
import java.util.List;

/**
 * A fitted classifier's uncalibrated completion probability for one feature row (the columns of
 * {@link CompletionFeatures#toArray()}, possibly followed by reference-only columns).
 */
interface CompletionScorer extends Serializable {

    /** Uncalibrated probability of completion in [0, 1]. */
    double score(double[] x);

    /** Relative importance per input column, or empty when the model has none. */
    default List<Double> importance() {
        return List.of();
    }
}
