package org.credpath.engine.rank;

/**
 * Hyper-parameters of the XGBoost LambdaMART baseline ({@code rank:ndcg}).
 *
 * @param rounds  boosting rounds
 * @param depth   largest tree depth
 * @param eta     shrinkage per round
 * @param seed    XGBoost seed
 */
public record LambdaMartOptions(int rounds, int depth, double eta, long seed) {

    public LambdaMartOptions {
        if (rounds < 1) {
            throw new IllegalArgumentException("LambdaMART rounds must be >= 1, got " + rounds);
        }
        if (depth < 1 || depth > 16) {
            throw new IllegalArgumentException("LambdaMART depth must lie in [1, 16], got " + depth);
        }
        if (!(eta > 0 && eta <= 1)) {
            throw new IllegalArgumentException("LambdaMART eta must lie in (0, 1], got " + eta);
        }
    }

    /**
     * 100 rounds, depth 4, eta 0.1: the best of the settings {@code eval tune} compared on validation
     * learners of the v2-search training simulation (docs/ranking.md); was depth 6, untuned.
     */
    public static LambdaMartOptions defaults(long seed) {
        return new LambdaMartOptions(100, 4, 0.1, seed);
    }

    public String label() {
        return rounds + " rounds, depth " + depth + ", eta " + eta;
    }
}
