package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/** One recommended credential with its score, expected return (may be null) and explanation. */
public record Recommendation(String credentialId, String title, double score, ExpectedReturn expectedReturn,
        List<String> explanation) {
    public Recommendation {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(title, "title");
        explanation = List.copyOf(Objects.requireNonNullElse(explanation, List.of()));
    }
}
