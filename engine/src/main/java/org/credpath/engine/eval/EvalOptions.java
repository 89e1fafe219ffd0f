package org.credpath.engine.eval;

import org.credpath.engine.rank.Dl4jOptions;
import org.credpath.engine.rank.LambdaMartOptions;

/**
 * @param seed           seeds the bootstrap and every learned model
 * @param resamples      bootstrap resamples for the NDCG@10 interval
 * @param dl4j           DL4J ranker options
 * @param lambdaMart     XGBoost LambdaMART options
 * @param gbmTrees       Smile gradient boosting trees
 */
public record EvalOptions(long seed, int resamples, Dl4jOptions dl4j, LambdaMartOptions lambdaMart, int gbmTrees) {

    public EvalOptions {
        if (resamples < 1 || gbmTrees < 1) {
            throw new IllegalArgumentException("resamples and trees must be >= 1, got " + resamples + ", " + gbmTrees);
        }
    }

    public static EvalOptions defaults(long seed) {
        return new EvalOptions(seed, 1000, Dl4jOptions.defaults(seed), LambdaMartOptions.defaults(seed), 100);
    }
}
