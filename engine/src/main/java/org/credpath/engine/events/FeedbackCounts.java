package org.credpath.engine.events;

/**
 * How often credentials were shown, opened and enrolled in, as counted from feedback events (a
 * training log, or a tenant's stored events at serving). Implementations may change as events
 * arrive; every read sees counts at least as new as the last completed {@link FeedbackTally#add}.
 */
public interface FeedbackCounts {

    long impressions(String credentialId);

    long clicks(String credentialId);

    long enrolments(String credentialId);

    /** Impressions of all credentials. */
    long totalImpressions();

    /** Clicks on all credentials. */
    long totalClicks();

    /**
     * Click-through rate of a credential, shrunk toward the mean rate of all credentials with the
     * weight of {@link #PRIOR_IMPRESSIONS} impressions (a credential never shown gets the mean).
     */
    default double clickRate(String credentialId) {
        long shown = totalImpressions();
        double mean = shown == 0 ? 0 : (double) totalClicks() / shown;
        return (clicks(credentialId) + PRIOR_IMPRESSIONS * mean) / (impressions(credentialId) + PRIOR_IMPRESSIONS);
    }

    /** Strength of the prior in {@link #clickRate(String)}. */
    double PRIOR_IMPRESSIONS = 20;

    /** No events at all. */
    static FeedbackCounts none() {
        return FeedbackTally.EMPTY;
    }
}
