package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Cost;

/**
 * One recommended credential with its score, cost, expected return (may be null) and explanation.
 *
 * @param cost the price with state ({@code known}, {@code estimated}, {@code unknown}: amount null, never 0)
 */
public record Recommendation(String credentialId, String title, double score, Cost cost, ExpectedReturn expectedReturn,
        List<String> explanation) {
    public Recommendation {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(title, "title");
        explanation = List.copyOf(Objects.requireNonNullElse(explanation, List.of()));
    }
}
