package org.credpath.engine.rank;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.FeedbackCounts;

/** Turns a learner and candidate credentials into a feature matrix; the one source of features for every model. */
public interface FeatureExtractor {

    /** Names of the feature columns, in order. */
    List<String> featureNames();

    /** One row per candidate, {@code featureNames().size()} columns each. */
    float[][] extract(LearnerProfile learner, List<Credential> candidates);

    /**
     * As {@link #extract(LearnerProfile, List)}, with the popularity and click-rate features read from
     * {@code feedback} (e.g. a tenant's stored events at serving) instead of the training events.
     * Extractors without such features ignore it.
     */
    default float[][] extract(LearnerProfile learner, List<Credential> candidates, FeedbackCounts feedback) {
        return extract(learner, candidates);
    }
}
