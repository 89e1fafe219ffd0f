package org.credpath.engine.labour.title;

/**
 * Options of {@link EvidenceTitleResolver}. Each retrieved title votes for its occupation with
 * {@code weight(source) * (score / bestScore) ^ sharpness}; the occupation-document BM25 score,
 * normalised the same way, is added with weight {@code occupationDocument}.
 *
 * @param escoPreferred      weight of ESCO preferred labels
 * @param escoAlternative    weight of ESCO alternative labels
 * @param escoHidden         weight of ESCO hidden labels
 * @param onet               weight of O*NET titles, alternate and reported titles (through the crosswalk)
 * @param vacancy            weight of labelled vacancy titles (JobBERT {@code titles.csv})
 * @param occupationDocument weight of plain BM25 over the occupation's joined ESCO labels
 * @param sharpness          exponent on the normalised score: high = only the nearest titles count
 * @param depth              how many titles are retrieved per query
 */
public record EvidenceWeights(double escoPreferred, double escoAlternative, double escoHidden, double onet,
                              double vacancy, double occupationDocument, double sharpness, int depth) {

    /**
     * Chosen on a held-out 20 % slice of {@code titles.csv} (seed 42; {@code credpath eval titles --tune}),
     * never on the test split: the best of {@link TitleTuning#defaultGrid()} (held-out MRR 0.5451; the
     * surface is flat, 0.533-0.545 over the grid). See docs/labour-market.md.
     */
    public static final EvidenceWeights DEFAULT = new EvidenceWeights(1.0, 0.2, 0.1, 0.05, 1.0, 0.3, 4.0, 200);

    public EvidenceWeights {
        for (double w : new double[]{escoPreferred, escoAlternative, escoHidden, onet, vacancy, occupationDocument}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("evidence weights must be finite and >= 0, got " + w);
            }
        }
        if (!(sharpness > 0) || sharpness > 100) {
            throw new IllegalArgumentException("sharpness must be in (0, 100], got " + sharpness);
        }
        if (depth < 1 || depth > 10_000) {
            throw new IllegalArgumentException("depth must be in 1..10000, got " + depth);
        }
    }

    public double weight(TitleSource source) {
        return switch (source) {
            case ESCO_PREFERRED -> escoPreferred;
            case ESCO_ALTERNATIVE -> escoAlternative;
            case ESCO_HIDDEN -> escoHidden;
            case ONET_TITLE, ONET_ALTERNATE, ONET_REPORTED -> onet;
            case VACANCY -> vacancy;
        };
    }
}
