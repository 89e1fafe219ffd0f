package org.credpath.engine.recommend;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.plan.PlanReport;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The ranked answer to one request.
 *
 * @param model        id of the model that ordered the items (e.g. {@code ranker-default}, {@code gap-coverage})
 * @param modelVersion its version
 * @param items        best first, at most {@code k}
 * @param warnings     what the learner should know (unresolved inputs, low-confidence readings, why the
 *                     answer is short or empty)
 * @param currentOccupation how the learner's current occupation text was read, or null when not given
 * @param targetOccupation  how the learner's target occupation text was read, or null when not given
 */
@JsonPropertyOrder({"model", "modelVersion", "currentOccupation", "targetOccupation", "items", "warnings"})
public record Recommendations(String model, String modelVersion, List<Recommendation> items, List<String> warnings,
        PlanReport.OccupationRef currentOccupation, PlanReport.OccupationRef targetOccupation) {
    public Recommendations {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelVersion, "modelVersion");
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
    }

    /** An answer without occupation readings. */
    public Recommendations(String model, String modelVersion, List<Recommendation> items, List<String> warnings) {
        this(model, modelVersion, items, warnings, null, null);
    }
}
