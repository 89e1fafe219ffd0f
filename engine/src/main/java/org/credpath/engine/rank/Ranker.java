package org.credpath.engine.rank;

/** Scores all candidates of one learner in one batch; a higher score ranks higher. */
public interface Ranker {

    /** The name under which the model is reported, e.g. {@code dl4j} or {@code popularity}. */
    String name();

    /** One score per row of {@code features} (rows are candidates, columns follow the extractor's names). */
    double[] score(float[][] features);
}
