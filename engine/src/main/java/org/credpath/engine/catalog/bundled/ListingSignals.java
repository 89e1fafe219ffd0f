package org.credpath.engine.catalog.bundled;

/**
 * Popularity and quality signals a listing carries beside the credential (not part of the exchange
 * format): usable as a popularity prior.
 *
 * @param rating        Coursera star rating (0-5), or null
 * @param reviewCount   Coursera review count, or null
 * @param enrolled      edX enrolment count, or null
 * @param creditEligible Coursera "credit eligible" flag, or null
 */
public record ListingSignals(String credentialId, Double rating, Long reviewCount, Long enrolled,
        Boolean creditEligible) {

    public ListingSignals {
        if (credentialId == null || credentialId.isBlank()) {
            throw new IllegalArgumentException("credentialId: required");
        }
        if (rating != null && (rating < 0 || rating > 5)) {
            throw new IllegalArgumentException("rating: must be within 0..5, got " + rating);
        }
    }
}
