package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Cost;

/**
 * A stacking pathway toward a target occupation. {@code id} is assigned by the API when the
 * pathway is saved (the planner may leave it null). The totals are the engine's: hours summed over
 * the steps, weeks at the learner's hours per week, coverage = share of the gap's weight the steps
 * teach (null in pathways saved before they were added). {@code occupations} says how the learner's
 * occupation texts were read.
 *
 * @param cost               the total: unknown (amount null) when any step's cost is unknown, never summed as 0
 * @param estimatedCostSteps steps whose price is an estimate
 * @param unknownCostSteps   steps whose price is unknown
 * @param totalCostUsd       the total's amount: null when any step's cost is unknown
 */
public record Pathway(String id, String targetOccupation, List<PathwayStep> steps, Cost cost,
        Integer estimatedCostSteps, Integer unknownCostSteps, ExpectedReturn expectedReturn,
        List<String> explanation, Double totalHours, Double totalCostUsd, Double weeks, Double coverage,
        OccupationReadings occupations) {
    public Pathway {
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
        explanation = List.copyOf(Objects.requireNonNullElse(explanation, List.of()));
        occupations = Objects.requireNonNullElse(occupations, OccupationReadings.none());
    }

    /** A pathway without cost totals, totals or occupation readings. */
    public Pathway(String id, String targetOccupation, List<PathwayStep> steps, ExpectedReturn expectedReturn,
            List<String> explanation) {
        this(id, targetOccupation, steps, null, null, null, expectedReturn, explanation, null, null, null, null,
                OccupationReadings.none());
    }

    public Pathway withId(String newId) {
        return new Pathway(newId, targetOccupation, steps, cost, estimatedCostSteps, unknownCostSteps, expectedReturn,
                explanation, totalHours, totalCostUsd, weeks, coverage, occupations);
    }
}
