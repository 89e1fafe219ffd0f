package org.credpath.engine.events;

import java.time.Instant;

/**
 * One feedback event (docs/formats.md, Event): a learner's interaction with a
 * credential, e.g. {@code {"learnerId":"l-17","credentialId":"edx:x","type":"enrol",
 * "timestamp":"2025-03-01T10:00:00Z","position":3,"requestId":"r-1"}}.
 *
 * @param position  1-based rank of the credential in the list shown (1 = top), optional
 * @param requestId the recommendation request that showed it, optional
 * @param id        the sender's id of the event, optional; the API stores an id once per tenant, so a
 *                  batch sent again is not counted twice
 */
public record Event(
        String learnerId,
        String credentialId,
        EventType type,
        Instant timestamp,
        Integer position,
        String requestId,
        String id) {

    public Event {
        if (learnerId == null || learnerId.isBlank()) {
            throw new IllegalArgumentException("learnerId: required and must not be blank");
        }
        if (credentialId == null || credentialId.isBlank()) {
            throw new IllegalArgumentException("credentialId: required and must not be blank");
        }
        if (type == null) {
            throw new IllegalArgumentException(
                    "type: required, one of impression, click, enrol, complete, dismiss");
        }
        if (timestamp == null) {
            throw new IllegalArgumentException("timestamp: required, ISO-8601 instant such as 2025-03-01T10:00:00Z");
        }
        if (position != null && position < 1) {
            throw new IllegalArgumentException("position: must be >= 1 (1 = top of the list), got " + position);
        }
        if (requestId != null && requestId.isBlank()) {
            requestId = null;
        }
        if (id != null && id.isBlank()) {
            throw new IllegalArgumentException("id: must not be blank (leave it out for an event without an id)");
        }
    }

    /** An event without an id. */
    public Event(String learnerId, String credentialId, EventType type, Instant timestamp, Integer position,
            String requestId) {
        this(learnerId, credentialId, type, timestamp, position, requestId, null);
    }

    /** An event without position or request id. */
    public static Event of(String learnerId, String credentialId, EventType type, Instant timestamp) {
        return new Event(learnerId, credentialId, type, timestamp, null, null);
    }
}
