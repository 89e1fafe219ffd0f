package org.credpath.engine.rank;

/**
 * Hyper-parameters of the DL4J ranker.
 *
 * @param seed             seeds weights and the order of training lists
 * @param epochs           passes over the training lists
 * @param hidden           units of the first hidden layer (the second has half)
 * @param learningRate     Adam step size
 * @param listSize         rows per list (longer sessions keep their top positions, shorter ones are padded)
 * @param listsPerBatch    lists per minibatch
 * @param biasCorrection   weight feedback by inverse examination propensity
 */
public record Dl4jOptions(long seed, int epochs, int hidden, double learningRate, int listSize, int listsPerBatch,
        boolean biasCorrection) {

    public Dl4jOptions {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (hidden < 2) {
            throw new IllegalArgumentException("hidden units must be >= 2, got " + hidden);
        }
        if (!(learningRate > 0 && learningRate < 1)) {
            throw new IllegalArgumentException("learning rate must lie in (0, 1), got " + learningRate);
        }
        if (listSize < 2) {
            throw new IllegalArgumentException("list size must be >= 2, got " + listSize);
        }
        if (listsPerBatch < 1) {
            throw new IllegalArgumentException("lists per batch must be >= 1, got " + listsPerBatch);
        }
    }

    public static Dl4jOptions defaults(long seed) {
        return new Dl4jOptions(seed, 8, 32, 0.003, 10, 64, true);
    }
}
