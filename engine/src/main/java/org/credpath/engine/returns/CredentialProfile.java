package org.credpath.engine.returns;

/**
 * What the completion model knows about a credential's design, as a credential record could
 * state it: its length in weeks, how many marked assessments it has and how much learning
 * material it offers per week. OULAD gives these for only some presentations
 * ({@code courses.csv}, {@code assessments.csv}, {@code vle.csv} are subsets), so {@code detailKnown}
 * says whether the assessment and material counts are real or unknown (then 0).
 *
 * @param weeks           length in weeks (OULAD: presentation length; else the term's usual length)
 * @param assessments     marked assessments (tutor- and computer-marked; exams excluded)
 * @param materialPerWeek learning-material items (VLE sites) per week
 * @param detailKnown     whether {@code assessments} and {@code materialPerWeek} are known
 */
public record CredentialProfile(double weeks, int assessments, double materialPerWeek, boolean detailKnown) {

    /** A credential of unknown design: an October-start OU presentation's length, no detail. */
    public static final CredentialProfile UNKNOWN = new CredentialProfile(268 / 7.0, 0, 0, false);

    public CredentialProfile {
        if (!(weeks > 0) || Double.isInfinite(weeks)) {
            throw new IllegalArgumentException("weeks: must be a finite number > 0, got " + weeks);
        }
        if (assessments < 0) {
            throw new IllegalArgumentException("assessments: must be >= 0, got " + assessments);
        }
        if (!(materialPerWeek >= 0) || Double.isInfinite(materialPerWeek)) {
            throw new IllegalArgumentException("materialPerWeek: must be a finite number >= 0, got " + materialPerWeek);
        }
        if (!detailKnown && (assessments != 0 || materialPerWeek != 0)) {
            throw new IllegalArgumentException("assessments/materialPerWeek: must be 0 when the detail is unknown, got "
                    + assessments + "/" + materialPerWeek);
        }
    }
}
