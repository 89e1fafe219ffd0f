package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * A stacking pathway toward a target occupation. {@code id} is assigned by the API when the
 * pathway is saved (the planner may leave it null). The totals are the engine's: hours and cost
 * summed over the steps, weeks at the learner's hours per week, coverage = share of the gap's
 * weight the steps teach (null in pathways saved before they were added). {@code occupations} says
 * how the learner's occupation texts were read.
 */
public record Pathway(String id, String targetOccupation, List<PathwayStep> steps, ExpectedReturn expectedReturn,
        List<String> explanation, Double totalHours, Double totalCostUsd, Double weeks, Double coverage,
        OccupationReadings occupations) {
    public Pathway {
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
        explanation = List.copyOf(Objects.requireNonNullElse(explanation, List.of()));
        occupations = Objects.requireNonNullElse(occupations, OccupationReadings.none());
    }

    /** A pathway without totals or occupation readings. */
    public Pathway(String id, String targetOccupation, List<PathwayStep> steps, ExpectedReturn expectedReturn,
            List<String> explanation) {
        this(id, targetOccupation, steps, expectedReturn, explanation, null, null, null, null, OccupationReadings.none());
    }

    public Pathway withId(String newId) {
        return new Pathway(newId, targetOccupation, steps, expectedReturn, explanation, totalHours, totalCostUsd, weeks,
                coverage, occupations);
    }
}
