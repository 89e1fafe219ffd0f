/**
 * Ranking credentials for a learner.
 *
 * <p>Every model sees candidates through ONE {@link org.credpath.engine.rank.FeatureExtractor}
 * (no credential-id features, so models carry over to catalogues they never saw). A
 * {@link org.credpath.engine.rank.Ranker} scores all candidates of one learner in one batch.
 * Learned rankers: {@link org.credpath.engine.rank.Dl4jRanker} (a small MLP trained listwise with
 * inverse-propensity weights from an estimated position-bias curve), XGBoost LambdaMART and Smile
 * gradient boosting; heuristic baselines score one feature column.
 */
package org.credpath.engine.rank;
