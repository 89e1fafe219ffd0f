package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Cost;

/**
 * A stacking pathway toward a target occupation. {@code id} is assigned by the API when the
 * pathway is saved (the planner may leave it null).
 *
 * @param cost               the total: unknown (amount null) when any step's cost is unknown, never summed as 0
 * @param estimatedCostSteps steps whose price is an estimate
 * @param unknownCostSteps   steps whose price is unknown
 */
public record Pathway(String id, String targetOccupation, List<PathwayStep> steps, Cost cost,
        Integer estimatedCostSteps, Integer unknownCostSteps, ExpectedReturn expectedReturn,
        List<String> explanation) {
    public Pathway {
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
        explanation = List.copyOf(Objects.requireNonNullElse(explanation, List.of()));
    }

    public Pathway withId(String newId) {
        return new Pathway(newId, targetOccupation, steps, cost, estimatedCostSteps, unknownCostSteps, expectedReturn,
                explanation);
    }
}
