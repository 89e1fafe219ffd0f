package org.credpath.engine.events;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the learner did with a recommended credential; JSON values are lower-case. */
public enum EventType {
    /** The credential was shown. */
    IMPRESSION,
    /** The learner opened it. */
    CLICK,
    /** The learner enrolled. */
    ENROL,
    /** The learner completed it (earned the credential). */
    COMPLETE,
    /** The learner dismissed it ("not interested"). */
    DISMISS;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by {@code text} (case ignored), or empty when unknown. */
    public static Optional<EventType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.strip().toUpperCase(Locale.ROOT);
        for (EventType t : values()) {
            if (t.name().equals(norm)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
