package org.credpath.engine.rank;

import java.util.List;

import org.credpath.engine.catalog.Credential;

/** Turns a learner and candidate credentials into a feature matrix; the one source of features for every model. */
public interface FeatureExtractor {

    /** Names of the feature columns, in order. */
    List<String> featureNames();

    /** One row per candidate, {@code featureNames().size()} columns each. */
    float[][] extract(LearnerProfile learner, List<Credential> candidates);
}
