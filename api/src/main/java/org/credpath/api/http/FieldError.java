package org.credpath.api.http;

import java.util.Objects;

/**
 * One problem with one field of a request, e.g. {@code {"field":"k","message":"must be 1..1000, got 0"}}.
 *
 * @param field JSON path of the field ({@code learner.hoursPerWeek}, {@code [3].type}); {@code ""} for the whole body
 */
public record FieldError(String field, String message) {
    public FieldError {
        field = Objects.requireNonNullElse(field, "");
        Objects.requireNonNull(message, "message");
    }
}
