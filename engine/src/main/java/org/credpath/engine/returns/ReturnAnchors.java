package org.credpath.engine.returns;

/**
 * Published figures the expected return is calibrated to, and the uncertainty ranges drawn around
 * them (docs/returns.md, "Anchors and mapping"). The ranges are assumptions; the centres are published.
 * <ul>
 *   <li>Brookings 2025 (37.7M resumes): the first job-relevant non-degree credential +3.8 % on wages,
 *       each further relevant one +1.0 %, an irrelevant one about 0 .. 1.8 %.</li>
 *   <li>Xu and Trimble: short-term certificates +222 .. +293 USD a quarter (a check, not an input).</li>
 *   <li>Burning Glass Institute CVI: about 1 in 8 credentials give notable gains, the top ones about
 *       5,000 USD a year; 69 % minimal value (a check, not an input).</li>
 *   <li>Jordan 2015: median MOOC completion 12.6 % over 221 courses (used by {@code CompletionEstimator}).</li>
 * </ul>
 */
public final class ReturnAnchors {

    /** Wage premium of the first job-relevant credential (Brookings: +3.8 %), drawn in [lo, hi]. */
    public static final double FIRST_RELEVANT = 0.038;
    public static final double FIRST_RELEVANT_LO = 0.019;
    public static final double FIRST_RELEVANT_HI = 0.057;
    /** Each further relevant credential (Brookings: +1.0 %). */
    public static final double FURTHER_RELEVANT = 0.010;
    public static final double FURTHER_RELEVANT_LO = 0.005;
    public static final double FURTHER_RELEVANT_HI = 0.015;
    /** An irrelevant credential (Brookings: about 0 .. 1.8 %). */
    public static final double IRRELEVANT_LO = 0;
    public static final double IRRELEVANT_HI = 0.018;
    /**
     * Reference gap share: a relevant credential's premium is the anchor x its coverage / this, capped at
     * {@link #RELEVANCE_CAP}, so narrow credentials earn less and broad ones more (BGI: most credentials have
     * minimal value, a minority notable). Calibrated with {@code ./credpath eval returns} (200 sample learners,
     * seed 42; docs/returns.md): with 0.045 the median relevant short credential gains 1.21 % of the wage
     * (range 1 .. 6 %), 17.5 % of relevant credentials gain above 5 % (range 5 .. 25 %), the median quarterly
     * gain is 255 USD (Xu and Trimble 222 .. 293). The mean gap share of a relevant credential there is 0.030;
     * 0.031 gave 27.7 % notable and 0.04 gave 22.0 % (25.3 % on the seed-7 check), so 0.045 keeps both seeds inside.
     */
    public static final double REFERENCE_COVERAGE = 0.045;
    public static final double RELEVANCE_CAP = 2.0;
    /** Scale of the move probability's slope, drawn in [lo, hi] (assumption: the slope is known to a factor 2). */
    public static final double MOVE_SCALE_LO = 0.5;
    public static final double MOVE_SCALE_HI = 1.5;
    /** The learner's rank in the current occupation's wages when unknown: drawn in [lo, hi] (interquartile). */
    public static final double RANK_LO = 0.25;
    public static final double RANK_HI = 0.75;
    /** Standard deviation of the completion probability's logit (the model's uncertainty, assumption). */
    public static final double COMPLETION_LOGIT_SD = 0.3;

    private ReturnAnchors() {
    }
}
