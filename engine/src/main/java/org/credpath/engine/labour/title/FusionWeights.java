package org.credpath.engine.labour.title;

/**
 * Options of {@link FusedTitleResolver}: weighted reciprocal-rank fusion. Each ranked list (the
 * evidence resolver's and the encoder's, for every reading of the title) adds
 * {@code readingWeight * listWeight / (rrfK + rank)} (rank from 1) to each occupation it ranks.
 *
 * @param evidence      weight of the evidence resolver's list
 * @param encoder       weight of the encoder's list
 * @param exactLabel    weight of the list of occupations one of whose ESCO labels equals the reading
 * @param vacancyEncoder weight of the encoder's list over labelled vacancy titles (nearest title per occupation)
 * @param prior         weight of the occupation prior ({@link OccupationPrior}, 0..1) added to every fused candidate
 * @param rewrite       weight of a rewritten reading (abbreviation expanded, spelling corrected);
 *                      the title as given weighs 1
 * @param rrfK          the reciprocal-rank constant: small = the first ranks dominate
 * @param lowConfidence below this confidence the answer carries a "did you mean" warning
 */
public record FusionWeights(double evidence, double encoder, double exactLabel, double vacancyEncoder, double prior,
                            double rewrite,
                            double rrfK,
                            double lowConfidence) {

    /** Chosen on the messy dev half and the held-out slice of titles.csv; see docs/labour-market.md. */
    public static final FusionWeights DEFAULT = new FusionWeights(1.0, 0.5, 0.5, 0.25, 0.1, 1.0, 1, 0.4);

    public FusionWeights {
        for (double w : new double[]{evidence, encoder, exactLabel, vacancyEncoder, prior, rewrite}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("fusion weights must be finite and >= 0, got " + w);
            }
        }
        if (!(rrfK >= 0) || rrfK > 1000) {
            throw new IllegalArgumentException("rrfK must be in [0, 1000], got " + rrfK);
        }
        if (!(lowConfidence >= 0 && lowConfidence <= 1)) {
            throw new IllegalArgumentException("lowConfidence must be in [0, 1], got " + lowConfidence);
        }
    }
}
