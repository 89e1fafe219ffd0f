package org.credpath.engine.recommend;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.FeedbackCounts;

/**
 * The model that orders a learner's retrieved candidates. One instance serves many requests at
 * once; it is swapped as a whole on reload ({@link ModelHolder}), never changed in place.
 */
public interface ServingModel {

    /** What every recommendation (and the API's {@code GET /v1/models/current}) reports as the answering model. */
    ModelInfo info();

    /** One score per candidate (higher ranks higher), all candidates of the learner in one call. */
    double[] score(LearnerView learner, List<Credential> candidates);

    /**
     * As {@link #score(LearnerView, List)}, knowing the feedback of the caller's scope (at serving: the
     * tenant's stored events). Models without feedback features ignore it.
     */
    default double[] score(LearnerView learner, List<Credential> candidates, FeedbackCounts feedback) {
        return score(learner, candidates);
    }

    /**
     * The least score a candidate needs to be recommended: the recommender shows fewer than {@code k} items
     * rather than ones scored below it, and says so. Minus infinity (the default): every candidate may be shown.
     */
    default double minimumScore() {
        return Double.NEGATIVE_INFINITY;
    }
}
