/**
 * Offline evaluation of rankers (docs/ranking.md): the whole-catalogue protocol hides each
 * learner's last {@code enrol}, ranks the whole catalogue minus the learner's held credentials with
 * every model and baseline over the same features, and reports NDCG@10, Recall@10, MRR and
 * catalogue coverage per model, with a seeded bootstrap 95 % interval for NDCG@10. The served
 * protocol ({@link org.credpath.engine.eval.ServedProtocol}) asks the API's own
 * {@link org.credpath.engine.recommend.Recommender} instead (retrieve, filter, rank), for saved
 * models ({@link org.credpath.engine.eval.SavedModels}).
 *
 * <p>{@link org.credpath.engine.eval.Metric} scores one ranked list against its relevant set;
 * {@link org.credpath.engine.eval.EvalHarness} runs the protocol; regression files
 * ({@link org.credpath.engine.eval.Regression}) hold expected figures with tolerances and fail on
 * drift. {@link org.credpath.engine.eval.Tuning} ({@code credpath eval tune}) selects options on
 * validation learners split off one training simulation, never on a test seed.
 */
package org.credpath.engine.eval;
