package org.credpath.engine.rank;

/**
 * Hyper-parameters of the DL4J ranker.
 *
 * @param seed             seeds weights, the order of training lists and the early-stopping split
 * @param epochs           most passes over the training lists
 * @param hidden           units of the first hidden layer (the second has half)
 * @param learningRate     Adam step size
 * @param listSize         rows per list (longer sessions keep their top positions, shorter ones are padded)
 * @param listsPerBatch    lists per minibatch
 * @param biasCorrection   weight feedback by inverse examination propensity
 * @param maxWeight        largest inverse-propensity weight (clip; 1 = no correction in effect)
 * @param validationShare  share of training lists held out for early stopping (0 = train all epochs)
 * @param patience         epochs without a better validation loss before training stops
 */
public record Dl4jOptions(long seed, int epochs, int hidden, double learningRate, int listSize, int listsPerBatch,
        boolean biasCorrection, double maxWeight, double validationShare, int patience) {

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
        if (!(maxWeight >= 1)) {
            throw new IllegalArgumentException("largest propensity weight must be >= 1, got " + maxWeight);
        }
        if (!(validationShare >= 0 && validationShare <= 0.5)) {
            throw new IllegalArgumentException("validation share must lie in [0, 0.5], got " + validationShare);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be >= 1, got " + patience);
        }
    }

    /** Options without early stopping and with the historical weight cap (1 / {@link PositionBias#FLOOR}). */
    public Dl4jOptions(long seed, int epochs, int hidden, double learningRate, int listSize, int listsPerBatch,
            boolean biasCorrection) {
        this(seed, epochs, hidden, learningRate, listSize, listsPerBatch, biasCorrection, 1 / PositionBias.FLOOR, 0, 1);
    }

    /**
     * The defaults, chosen with {@code eval tune} on validation learners split off the training
     * simulations (docs/ranking.md): at most 30 epochs with early stopping on 10 % of the training
     * lists (patience 3), inverse-propensity weights clipped at 2.
     */
    public static Dl4jOptions defaults(long seed) {
        return new Dl4jOptions(seed, DEFAULT_EPOCHS, 32, 0.003, 10, 64, true, 2.0, 0.1, 3);
    }

    /** Most epochs by default (early stopping usually ends training sooner). */
    public static final int DEFAULT_EPOCHS = 30;

    public Dl4jOptions withEpochs(int e) {
        return new Dl4jOptions(seed, e, hidden, learningRate, listSize, listsPerBatch, biasCorrection, maxWeight,
                validationShare, patience);
    }

    public Dl4jOptions withHidden(int h) {
        return new Dl4jOptions(seed, epochs, h, learningRate, listSize, listsPerBatch, biasCorrection, maxWeight,
                validationShare, patience);
    }

    public Dl4jOptions withLearningRate(double lr) {
        return new Dl4jOptions(seed, epochs, hidden, lr, listSize, listsPerBatch, biasCorrection, maxWeight,
                validationShare, patience);
    }

    /** Bias correction on with weights clipped at {@code max}, or off when {@code max} is 1 (below 1 is refused). */
    public Dl4jOptions withMaxWeight(double max) {
        return new Dl4jOptions(seed, epochs, hidden, learningRate, listSize, listsPerBatch, max > 1, max,
                validationShare, patience);
    }

    public Dl4jOptions withEarlyStopping(double share, int patienceEpochs) {
        return new Dl4jOptions(seed, epochs, hidden, learningRate, listSize, listsPerBatch, biasCorrection, maxWeight,
                share, patienceEpochs);
    }

    /** The inverse-propensity weight used for feedback at a 1-based position. */
    double weight(PositionBias bias, int position) {
        return biasCorrection ? Math.min(maxWeight, bias.weight(position)) : 1.0;
    }
}
