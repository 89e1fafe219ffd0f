package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The ranked answer to one recommendation request.
 *
 * @param model        id of the model that ordered the items (e.g. {@code ranker-default}, {@code gap-coverage})
 * @param modelVersion its version
 * @param occupations  how the learner's occupation texts were read
 */
@JsonPropertyOrder({"requestId", "model", "modelVersion", "occupations", "items", "warnings"})
public record RecommendationResult(String requestId, String model, String modelVersion, OccupationReadings occupations,
        List<Recommendation> items, List<String> warnings) {
    public RecommendationResult {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(model, "model");
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
        occupations = Objects.requireNonNullElse(occupations, OccupationReadings.none());
    }

    /** An answer without occupation readings. */
    public RecommendationResult(String requestId, String model, String modelVersion, List<Recommendation> items,
            List<String> warnings) {
        this(requestId, model, modelVersion, OccupationReadings.none(), items, warnings);
    }
}
