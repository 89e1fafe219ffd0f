package org.credpath.engine.labour.title;

/** An ESCO occupation URI with a resolver score (higher is better; scales differ between resolvers). */
public record ScoredOccupation(String uri, double score) {
    public ScoredOccupation {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("scored occupation uri is blank");
        }
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score of " + uri + " is NaN");
        }
    }
}
