package org.credpath.engine.recommend;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The ranked answer to one request.
 *
 * @param model        id of the model that ordered the items (e.g. {@code ranker-default}, {@code gap-coverage})
 * @param modelVersion its version
 * @param items        best first, at most {@code k}
 * @param warnings     what the learner should know (unresolved inputs, why the answer is short or empty)
 */
@JsonPropertyOrder({"model", "modelVersion", "items", "warnings"})
public record Recommendations(String model, String modelVersion, List<Recommendation> items, List<String> warnings) {
    public Recommendations {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelVersion, "modelVersion");
        items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
    }
}
