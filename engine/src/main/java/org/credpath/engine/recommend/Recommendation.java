package org.credpath.engine.recommend;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Cost;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One recommended credential.
 *
 * @param score          the serving model's score (higher ranks higher; comparable within one answer only)
 * @param cost           its price with state and source (an unknown cost has a null amount, never 0)
 * @param expectedReturn the credential's expected return as a one-step pathway; null when it was not
 *                       priced (beyond the first {@value Explainer#PRICED_ITEMS} items, or no wages known)
 * @param explanation    why, in the learner's words
 */
@JsonPropertyOrder({"credentialId", "title", "score", "cost", "expectedReturn", "explanation"})
public record Recommendation(String credentialId, String title, double score, Cost cost, ReturnSummary expectedReturn,
        List<String> explanation) {
    public Recommendation {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cost, "cost");
        explanation = List.copyOf(Objects.requireNonNullElse(explanation, List.of()));
    }
}
