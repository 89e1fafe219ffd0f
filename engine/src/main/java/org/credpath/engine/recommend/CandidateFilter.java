package org.credpath.engine.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;

/**
 * Which retrieved candidates a learner can be shown, and how many each rule removed, so that a
 * short or empty answer can say which constraint took what. A learner is never shown a credential
 * they hold, another edition of one (same title once edition marks are stripped, or the same listing
 * id but for a trailing number), one in a language they did not ask for (English when they name
 * none; a credential of unknown language is kept), one that costs more than their budget (an unknown
 * cost is kept and counted, never read as free), or one longer than their hours a week times their
 * deadline allow.
 */
final class CandidateFilter {

    /** Why a candidate was left out. */
    enum Reason {
        HELD("already held"),
        EDITION("another edition of a held credential"),
        LANGUAGE("not in the learner's languages"),
        BUDGET("over the budget"),
        TIME("longer than hoursPerWeek x deadlineWeeks allow");

        final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    /** What was kept, what each rule removed, and how many kept ones have no known cost. */
    record Outcome(List<Credential> kept, Map<Reason, Integer> removed, int unknownCost) {
        /** One line for the answer's warnings, or null when nothing was removed. */
        String summary() {
            if (removed.isEmpty()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            removed.forEach((r, n) -> parts.add(n + " " + r.words));
            return "left out of the candidates: " + String.join(", ", parts);
        }
    }

    private CandidateFilter() {
    }

    static Outcome apply(Learner learner, Collection<Credential> held, List<Credential> candidates, double hoursPerWeek) {
        Set<String> heldIds = new HashSet<>(learner.heldCredentials());
        Set<String> heldEditions = new HashSet<>();
        for (Credential h : held) {
            heldEditions.add(editionKey(h));
            heldEditions.add(idStem(h.id()));
        }
        Double budget = learner.budgetUsd();
        Double maxHours = learner.deadlineWeeks() == null ? null : hoursPerWeek * learner.deadlineWeeks();
        Map<Reason, Integer> removed = new EnumMap<>(Reason.class);
        List<Credential> kept = new ArrayList<>();
        int unknownCost = 0;
        for (Credential c : candidates) {
            Reason r = heldIds.contains(c.id()) ? Reason.HELD
                    : heldEditions.contains(editionKey(c)) || heldEditions.contains(idStem(c.id())) ? Reason.EDITION
                    : !learner.speaks(c.language()) ? Reason.LANGUAGE
                    : budget != null && c.costUsd() != null && c.costUsd() > budget ? Reason.BUDGET
                    : maxHours != null && c.hours() != null && c.hours() > maxHours ? Reason.TIME
                    : null;
            if (r != null) {
                removed.merge(r, 1, Integer::sum);
            } else {
                kept.add(c);
                if (c.costUsd() == null) {
                    unknownCost++;
                }
            }
        }
        return new Outcome(kept, removed, unknownCost);
    }

    /**
     * A credential's title with edition marks removed: bracketed parts ("(DE)", "(2019-2020)"),
     * punctuation and case are ignored (a numbered sequel, "... I" and "... II", stays distinct).
     */
    static String editionKey(Credential c) {
        String t = c.title().toLowerCase(Locale.ROOT).replaceAll("[(\\[][^)\\]]*[)\\]]", " ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return "title:" + t;
    }

    /** A listing id without a trailing edition counter ({@code edx:solar-energy-3} -> {@code edx:solar-energy}). */
    static String idStem(String id) {
        return "id:" + id.replaceFirst("-\\d+$", "");
    }
}
