package org.credpath.engine.formats.pathway;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;

/**
 * A pathway as exported: its steps in order, each with the full catalogue credential (title, url,
 * provider, ...) where the catalogue has it. Built by the CLI from the planner's answer and by the
 * API from a saved pathway.
 *
 * @param id               the pathway's id (the API's {@code p-...}; the CLI makes one)
 * @param title            e.g. {@code Pathway to data analyst (cheapest)}
 * @param targetOccupation the target's URI, may be null
 * @param targetLabel      the target's name, may be null
 * @param notes            explanation lines shown on the printable page
 */
public record PathwayDocument(String id, String title, String targetOccupation, String targetLabel, List<Step> steps,
        List<String> notes) {
    public PathwayDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
    }

    /**
     * One step.
     *
     * @param credential the credential (at least id and title)
     * @param hours      study hours of the step (null = unknown)
     * @param costUsd    its cost (null = unknown)
     * @param why        why it is there, may be null
     */
    public record Step(Credential credential, Double hours, Double costUsd, String why) {
        public Step {
            Objects.requireNonNull(credential, "credential");
        }
    }

    /** Total hours of the steps whose hours are known. */
    public double knownHours() {
        return steps.stream().map(Step::hours).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    /** Total cost of the steps whose cost is known. */
    public double knownCostUsd() {
        return steps.stream().map(Step::costUsd).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }
}
