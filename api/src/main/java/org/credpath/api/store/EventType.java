package org.credpath.api.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a learner did with a recommended credential (DESIGN.md "Event"). */
public enum EventType {
    IMPRESSION, CLICK, ENROL, COMPLETE, DISMISS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromWire(String s) {
        for (EventType t : values()) {
            if (t.wire().equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("must be one of " + allowed() + "; got " + s);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(EventType::wire).collect(Collectors.joining(", "));
    }
}
