package org.credpath.engine.returns;

import java.util.List;

/**
 * What the completion model sees about one learner taking one credential. Every field exists
 * both in OULAD (see {@link OuladFeatures}) and in Credpath's learner/credential data (see
 * {@code docs/returns.md} for the mapping and its limits).
 *
 * @param weeklyStudyHours      study hours per week the learner commits to (OULAD: studied
 *                              credits x 10 hours / presentation weeks)
 * @param previousAttempts      earlier attempts at this same credential
 * @param concurrentCredentials credentials studied at the same time, this one included (>= 1)
 * @param priorCompletions      credentials completed before (OULAD: earlier presentations passed)
 * @param priorNonCompletions   credentials failed or abandoned before
 * @param education             0 no formal qualifications, 1 below A level, 2 A level,
 *                              3 higher education, 4 postgraduate
 * @param ageBand               0 under 35, 1 35-55, 2 55 and over
 * @param credentialCompletionRate share of earlier learners who completed this credential
 *                              (OULAD: the module's pass rate among training students; Credpath:
 *                              complete/enrol events, else {@link #DEFAULT_COMPLETION_RATE})
 * @param credential            the credential's design (length, assessments, material), or
 *                              {@link CredentialProfile#UNKNOWN}
 */
public record CompletionFeatures(
        double weeklyStudyHours,
        int previousAttempts,
        int concurrentCredentials,
        int priorCompletions,
        int priorNonCompletions,
        int education,
        int ageBand,
        double credentialCompletionRate,
        CredentialProfile credential) {

    /** Column names, in the order of {@link #toArray()}. */
    public static final List<String> NAMES = List.of("weeklyStudyHours", "previousAttempts",
            "concurrentCredentials", "priorCompletions", "priorNonCompletions", "education", "ageBand",
            "credentialCompletionRate", "credentialWeeks", "assessments", "materialPerWeek", "credentialDetailKnown");

    /** How many leading columns of {@link #toArray()} the first shipped model (before credential profiles) used. */
    public static final int LEARNER_AND_RATE_COLUMNS = 8;

    /** The education level assumed when a learner does not state one (A level, the OULAD mode). */
    public static final int DEFAULT_EDUCATION = 2;
    /** The age band assumed when unknown (under 35, the OULAD mode). */
    public static final int DEFAULT_AGE_BAND = 0;
    /** The completion rate assumed for a credential with no history (OULAD's overall rate, rounded). */
    public static final double DEFAULT_COMPLETION_RATE = 0.47;

    public CompletionFeatures {
        if (!(weeklyStudyHours > 0) || Double.isInfinite(weeklyStudyHours)) {
            throw new IllegalArgumentException("weeklyStudyHours: must be a finite number > 0, got " + weeklyStudyHours);
        }
        if (previousAttempts < 0) {
            throw new IllegalArgumentException("previousAttempts: must be >= 0, got " + previousAttempts);
        }
        if (concurrentCredentials < 1) {
            throw new IllegalArgumentException("concurrentCredentials: must be >= 1, got " + concurrentCredentials);
        }
        if (priorCompletions < 0 || priorNonCompletions < 0) {
            throw new IllegalArgumentException("priorCompletions/priorNonCompletions: must be >= 0, got "
                    + priorCompletions + "/" + priorNonCompletions);
        }
        if (education < 0 || education > 4) {
            throw new IllegalArgumentException("education: must be 0..4, got " + education);
        }
        if (ageBand < 0 || ageBand > 2) {
            throw new IllegalArgumentException("ageBand: must be 0..2, got " + ageBand);
        }
        if (!(credentialCompletionRate >= 0 && credentialCompletionRate <= 1)) {
            throw new IllegalArgumentException("credentialCompletionRate: must be in [0, 1], got "
                    + credentialCompletionRate);
        }
        if (credential == null) {
            throw new IllegalArgumentException("credential: required (use CredentialProfile.UNKNOWN), got null");
        }
    }

    public double[] toArray() {
        return new double[] {weeklyStudyHours, previousAttempts, concurrentCredentials, priorCompletions,
                priorNonCompletions, education, ageBand, credentialCompletionRate,
                credential.weeks(), credential.assessments(), credential.materialPerWeek(),
                credential.detailKnown() ? 1 : 0};
    }
}
