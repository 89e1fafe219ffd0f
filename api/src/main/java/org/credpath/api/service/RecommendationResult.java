package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * The ranked answer to one recommendation request.
 *
 * @param model        id of the model that ordered the items (e.g. {@code ranker-default}, {@code gap-coverage})
 * @param modelVersion its version
 */
public record RecommendationResult(String requestId, String model, String modelVersion, List<Recommendation> items,
        List<String> warnings) {
    public RecommendationResult {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(model, "model");
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
    }
}
