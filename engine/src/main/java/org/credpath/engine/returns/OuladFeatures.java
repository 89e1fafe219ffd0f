package org.credpath.engine.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns OULAD enrolments into {@link CompletionFeatures}. Concurrency and history come from the
 * student's other rows: modules in the same presentation count as concurrent; rows in earlier
 * presentations count as prior completions or non-completions (only the past is used).
 */
public final class OuladFeatures {

    /** One OU credit is about 10 study hours. */
    public static final double HOURS_PER_CREDIT = 10.0;
    /** Presentation length in weeks: October (J) starts run ~268 days, February (B) ~240 (courses.csv). */
    static final double WEEKS_J = 268 / 7.0;
    static final double WEEKS_B = 240 / 7.0;

    private OuladFeatures() {
    }

    /**
     * Features for every enrolment, in the same order.
     *
     * @param moduleRates completion rate per module, measured on training students only
     */
    public static List<CompletionFeatures> of(List<OuladEnrolment> rows, Map<String, Double> moduleRates) {
        return of(rows, moduleRates, OuladModules.none());
    }

    /**
     * Features for every enrolment, in the same order, with each presentation's design profile.
     *
     * @param moduleRates completion rate per module, measured on training students only
     */
    public static List<CompletionFeatures> of(List<OuladEnrolment> rows, Map<String, Double> moduleRates,
                                              OuladModules modules) {
        Map<Long, List<OuladEnrolment>> byStudent = new HashMap<>();
        for (OuladEnrolment e : rows) {
            byStudent.computeIfAbsent(e.studentId(), k -> new ArrayList<>()).add(e);
        }
        List<CompletionFeatures> out = new ArrayList<>(rows.size());
        for (OuladEnrolment e : rows) {
            double rate = moduleRates.getOrDefault(offering(e), CompletionFeatures.DEFAULT_COMPLETION_RATE);
            out.add(features(e, byStudent.get(e.studentId()), rate, modules.profile(e.module(), e.presentation())));
        }
        return out;
    }

    /** Completion rate per module over the given rows, shrunk toward the overall rate by {@code prior} pseudo-rows. */
    public static Map<String, Double> moduleRates(List<OuladEnrolment> rows, double prior) {
        double overall = rows.stream().filter(e -> e.outcome().completed()).count() / (double) Math.max(1, rows.size());
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (OuladEnrolment e : rows) {
            int[] c = counts.computeIfAbsent(offering(e), k -> new int[2]);
            c[0] += e.outcome().completed() ? 1 : 0;
            c[1]++;
        }
        Map<String, Double> out = new java.util.TreeMap<>();
        counts.forEach((m, c) -> out.put(m, (c[0] + prior * overall) / (c[1] + prior)));
        return out;
    }

    /** The unit a completion rate is measured on: one presentation (offering) of a module. */
    static String offering(OuladEnrolment e) {
        return e.module() + "/" + e.presentation();
    }

    private static CompletionFeatures features(OuladEnrolment e, List<OuladEnrolment> mine, double rate,
                                               CredentialProfile profile) {
        int concurrent = 0;
        int done = 0;
        int notDone = 0;
        for (OuladEnrolment o : mine) {
            if (o.presentationOrder() == e.presentationOrder()) {
                concurrent++;
            } else if (o.presentationOrder() < e.presentationOrder()) {
                if (o.outcome().completed()) {
                    done++;
                } else {
                    notDone++;
                }
            }
        }
        double weeks = e.presentation().endsWith("J") ? WEEKS_J : WEEKS_B;
        double weekly = e.studiedCredits() * HOURS_PER_CREDIT / weeks;
        return new CompletionFeatures(weekly, e.previousAttempts(), Math.max(1, concurrent), done, notDone,
                e.education(), e.ageBand(), rate, profile);
    }
}
