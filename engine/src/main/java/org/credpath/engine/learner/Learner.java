package org.credpath.engine.learner;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Delivery;

/**
 * A learner profile (docs/formats.md, Learner). Absent numbers are {@code null} and
 * mean "no constraint"; absent lists are empty.
 *
 * @param id                 the learner's id; optional in an inline request, required in a JSONL file
 * @param heldCredentials    ids of credentials the learner already holds
 * @param skills             ESCO skill URIs or free-text labels (resolved later, never refused)
 * @param currentOccupation  ESCO URI, O*NET-SOC code or a free-text job title
 * @param targetOccupation   same forms, optional
 * @param budgetUsd          money available, {@code >= 0}
 * @param hoursPerWeek       study time per week, {@code > 0}
 * @param deadlineWeeks      weeks until the goal, {@code > 0}
 * @param delivery           accepted delivery modes; empty = any
 * @param languages          languages the learner studies in, ISO 639-1 codes (lower-cased); empty =
 *                           English only ({@link #studyLanguages()})
 */
public record Learner(
        String id,
        List<String> heldCredentials,
        List<String> skills,
        String currentOccupation,
        String targetOccupation,
        Double budgetUsd,
        Double hoursPerWeek,
        Integer deadlineWeeks,
        List<Delivery> delivery,
        List<String> languages) {

    /** The language a learner who lists none studies in. */
    public static final String DEFAULT_LANGUAGE = "en";

    public Learner {
        if (id != null && id.isBlank()) {
            throw new IllegalArgumentException("id: must not be blank when given");
        }
        if (budgetUsd != null && !(budgetUsd >= 0 && Double.isFinite(budgetUsd))) {
            throw new IllegalArgumentException("budgetUsd: must be a finite number >= 0, got " + budgetUsd);
        }
        if (hoursPerWeek != null && !(hoursPerWeek > 0 && Double.isFinite(hoursPerWeek))) {
            throw new IllegalArgumentException("hoursPerWeek: must be a finite number > 0, got " + hoursPerWeek);
        }
        if (deadlineWeeks != null && deadlineWeeks <= 0) {
            throw new IllegalArgumentException("deadlineWeeks: must be > 0, got " + deadlineWeeks);
        }
        heldCredentials = clean("heldCredentials", heldCredentials);
        skills = clean("skills", skills);
        delivery = List.copyOf(Objects.requireNonNullElse(delivery, List.<Delivery>of()).stream()
                .filter(Objects::nonNull).distinct().toList());
        languages = clean("languages", languages).stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).distinct()
                .toList();
        currentOccupation = blankToNull(currentOccupation);
        targetOccupation = blankToNull(targetOccupation);
    }

    /** A learner who lists no languages (English only). */
    public Learner(String id, List<String> heldCredentials, List<String> skills, String currentOccupation,
            String targetOccupation, Double budgetUsd, Double hoursPerWeek, Integer deadlineWeeks,
            List<Delivery> delivery) {
        this(id, heldCredentials, skills, currentOccupation, targetOccupation, budgetUsd, hoursPerWeek, deadlineWeeks,
                delivery, null);
    }

    /** The languages this learner studies in: the listed ones, else {@value #DEFAULT_LANGUAGE}. */
    public List<String> studyLanguages() {
        return languages.isEmpty() ? List.of(DEFAULT_LANGUAGE) : languages;
    }

    /** A learner with an id and nothing else. */
    public static Learner of(String id) {
        return new Learner(id, null, null, null, null, null, null, null, null);
    }

    public Learner withId(String newId) {
        return new Learner(newId, heldCredentials, skills, currentOccupation, targetOccupation, budgetUsd,
                hoursPerWeek, deadlineWeeks, delivery, languages);
    }

    public Learner withHeldCredentials(List<String> held) {
        return new Learner(id, held, skills, currentOccupation, targetOccupation, budgetUsd, hoursPerWeek,
                deadlineWeeks, delivery, languages);
    }

    public Learner withSkills(List<String> newSkills) {
        return new Learner(id, heldCredentials, newSkills, currentOccupation, targetOccupation, budgetUsd,
                hoursPerWeek, deadlineWeeks, delivery, languages);
    }

    /** Whether {@code mode} is acceptable to this learner (any mode when none is stated). */
    public boolean accepts(Delivery mode) {
        return delivery.isEmpty() || mode == null || delivery.contains(mode);
    }

    private static List<String> clean(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(field + "[" + i + "]: must be a non-blank string");
            }
        }
        return values.stream().map(String::strip).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
