package org.credpath.engine.skills;

/**
 * Word2Vec settings for skill embeddings (defaults: RECIPES.md's verified settings).
 *
 * @param layerSize    vector dimension
 * @param window       context window in skills
 * @param minFrequency skills seen fewer times are dropped
 * @param epochs       passes over the corpus
 * @param seed         random seed (training is bit-identical for one seed with one worker)
 * @param escoOccupations add one sentence per ESCO occupation (its skills, shuffled with the seed)
 * @param onetTechnology  add one sentence per O*NET occupation (its technology skills)
 */
public record EmbeddingOptions(int layerSize, int window, int minFrequency, int epochs, long seed,
                               boolean escoOccupations, boolean onetTechnology) {

    public static final EmbeddingOptions DEFAULTS = new EmbeddingOptions(64, 5, 3, 5, 42, true, true);

    public EmbeddingOptions {
        if (layerSize < 2 || layerSize > 1024) {
            throw new IllegalArgumentException("layerSize: must be in 2..1024, got " + layerSize);
        }
        if (window < 1 || window > 50) {
            throw new IllegalArgumentException("window: must be in 1..50, got " + window);
        }
        if (minFrequency < 1) {
            throw new IllegalArgumentException("minFrequency: must be >= 1, got " + minFrequency);
        }
        if (epochs < 1 || epochs > 100) {
            throw new IllegalArgumentException("epochs: must be in 1..100, got " + epochs);
        }
    }
}
