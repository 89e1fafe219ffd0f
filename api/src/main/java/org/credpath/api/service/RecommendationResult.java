package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/** The ranked answer to one recommendation request. */
public record RecommendationResult(String requestId, String modelVersion, List<Recommendation> items,
        List<String> warnings) {
    public RecommendationResult {
        Objects.requireNonNull(requestId, "requestId");
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
    }
}
