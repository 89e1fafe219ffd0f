package org.credpath.engine.recommend;

import java.util.List;

import org.credpath.engine.catalog.Credential;

/**
 * The model that orders a learner's retrieved candidates. One instance serves many requests at
 * once; it is swapped as a whole on reload ({@link ModelHolder}), never changed in place.
 */
public interface ServingModel {

    /** What every recommendation (and the API's {@code GET /v1/models/current}) reports as the answering model. */
    ModelInfo info();

    /** One score per candidate (higher ranks higher), all candidates of the learner in one call. */
    double[] score(LearnerView learner, List<Credential> candidates);
}
