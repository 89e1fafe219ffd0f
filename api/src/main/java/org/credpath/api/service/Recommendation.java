package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Cost;

/**
 * One recommended credential with its score, expected return (may be null) and explanation, and
 * what a card shows without another call: link, provider, cost, hours, language and type (null when
 * the catalogue record has none).
 *
 * @param cost the price with state ({@code known}, {@code estimated}, {@code unknown}: amount null, never 0)
 */
public record Recommendation(String credentialId, String title, double score, ExpectedReturn expectedReturn,
        List<String> explanation, String url, String provider, Cost cost, Double hours, String language,
        String credentialType) {
    public Recommendation {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(title, "title");
        explanation = List.copyOf(Objects.requireNonNullElse(explanation, List.of()));
        cost = Objects.requireNonNullElse(cost, Cost.unknown("no price in the catalogue record"));
    }

    /** An item with no catalogue details (cost unknown). */
    public Recommendation(String credentialId, String title, double score, ExpectedReturn expectedReturn,
            List<String> explanation) {
        this(credentialId, title, score, expectedReturn, explanation, null, null, null, null, null, null);
    }
}
