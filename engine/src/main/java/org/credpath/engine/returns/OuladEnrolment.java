package org.credpath.engine.returns;

import java.util.Locale;

/**
 * One row of OULAD {@code studentInfo.csv}: a student's enrolment on a module presentation and
 * its real outcome. Only the columns the completion model may use are kept.
 *
 * @param presentation  e.g. {@code 2013J} (year + B = February start, J = October start)
 * @param education     0 no formal qualifications .. 4 postgraduate
 * @param ageBand       0 under 35, 1 35-55, 2 55 and over
 * @param imdDecile     deprivation decile 0..9, or -1 when missing (baseline only)
 * @param studiedCredits credits the student was studying across modules at the time
 */
public record OuladEnrolment(
        String module,
        String presentation,
        long studentId,
        boolean female,
        String region,
        int education,
        int imdDecile,
        int ageBand,
        int previousAttempts,
        int studiedCredits,
        boolean disability,
        Outcome outcome) {

    /** OULAD {@code final_result}. */
    public enum Outcome {
        PASS, DISTINCTION, FAIL, WITHDRAWN;

        /** Completed = pass or distinction (the positive class of the completion model). */
        public boolean completed() {
            return this == PASS || this == DISTINCTION;
        }

        static Outcome parse(String s) {
            return Outcome.valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    public OuladEnrolment {
        if (education < 0 || education > 4) {
            throw new IllegalArgumentException("education: must be 0..4, got " + education);
        }
        if (ageBand < 0 || ageBand > 2) {
            throw new IllegalArgumentException("ageBand: must be 0..2, got " + ageBand);
        }
        if (previousAttempts < 0) {
            throw new IllegalArgumentException("previousAttempts: must be >= 0, got " + previousAttempts);
        }
        if (studiedCredits <= 0) {
            throw new IllegalArgumentException("studiedCredits: must be > 0, got " + studiedCredits);
        }
    }

    /** Year and term as a sortable number: 2013B -> 20130, 2013J -> 20131. */
    public int presentationOrder() {
        int year = Integer.parseInt(presentation.substring(0, 4));
        return year * 10 + (presentation.endsWith("J") ? 1 : 0);
    }
}
