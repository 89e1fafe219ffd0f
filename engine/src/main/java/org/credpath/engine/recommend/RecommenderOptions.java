package org.credpath.engine.recommend;

/**
 * How much work a recommendation does.
 *
 * @param candidates   credentials retrieved (hybrid search) and scored by the serving model, 10..1000
 * @param returnDraws  Monte Carlo draws of each shown item's expected return (and of each driver's
 *                     re-run), 100..1,000,000; the pathway planner keeps its own setting
 */
public record RecommenderOptions(int candidates, int returnDraws) {

    /** What the server uses (see docs/api.md, "HTTP load benchmark", for the measured effect on answers). */
    public static final RecommenderOptions DEFAULTS = new RecommenderOptions(200, 1000);

    public RecommenderOptions {
        if (candidates < 10 || candidates > 1000) {
            throw new IllegalArgumentException("candidates: must be 10..1000, got " + candidates);
        }
        if (returnDraws < 100 || returnDraws > 1_000_000) {
            throw new IllegalArgumentException("returnDraws: must be 100..1000000, got " + returnDraws);
        }
    }
}
