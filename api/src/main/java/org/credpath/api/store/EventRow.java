package org.credpath.api.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One feedback event as stored ({@code position} and {@code requestId} are optional). */
public record EventRow(String learnerId, String credentialId, EventType type, OffsetDateTime timestamp,
        Integer position, String requestId) {

    public EventRow {
        if (learnerId == null || learnerId.isBlank()) {
            throw new IllegalArgumentException("learnerId: required");
        }
        if (credentialId == null || credentialId.isBlank()) {
            throw new IllegalArgumentException("credentialId: required");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        if (position != null && position < 0) {
            throw new IllegalArgumentException("position: must be >= 0, got " + position);
        }
    }
}
