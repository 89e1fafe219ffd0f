package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * A stacking pathway toward a target occupation. {@code id} is assigned by the API when the
 * pathway is saved (the planner may leave it null). {@code occupations} says how the learner's
 * occupation texts were read.
 */
public record Pathway(String id, String targetOccupation, List<PathwayStep> steps, ExpectedReturn expectedReturn,
        List<String> explanation, OccupationReadings occupations) {
    public Pathway {
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
        explanation = List.copyOf(Objects.requireNonNullElse(explanation, List.of()));
        occupations = Objects.requireNonNullElse(occupations, OccupationReadings.none());
    }

    /** A pathway without occupation readings. */
    public Pathway(String id, String targetOccupation, List<PathwayStep> steps, ExpectedReturn expectedReturn,
            List<String> explanation) {
        this(id, targetOccupation, steps, expectedReturn, explanation, OccupationReadings.none());
    }

    public Pathway withId(String newId) {
        return new Pathway(newId, targetOccupation, steps, expectedReturn, explanation, occupations);
    }
}
