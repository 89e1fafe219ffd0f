package org.credpath.engine.catalog;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Instants in exchange formats are ISO-8601 strings only ({@code 2025-03-01T10:00:00Z}, an offset
 * allowed). Jackson's default also takes a number, or a string of digits, as epoch seconds, which
 * silently stores {@code 1970} for a client that meant milliseconds; both are refused here.
 */
final class StrictInstantDeserializer extends StdScalarDeserializer<Instant> {
    StrictInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
        String text = p.getString().strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                    "not an ISO-8601 instant such as 2025-03-01T10:00:00Z");
        }
    }
}
