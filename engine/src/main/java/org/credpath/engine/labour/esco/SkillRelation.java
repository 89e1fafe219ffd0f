package org.credpath.engine.labour.esco;

import java.util.Locale;

/** How much an occupation needs a skill, as ESCO states it. */
public enum SkillRelation {
    ESSENTIAL, OPTIONAL;

    /** Parses ESCO's {@code essential} / {@code optional}; anything else is refused with the value. */
    public static SkillRelation parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "essential" -> ESSENTIAL;
            case "optional" -> OPTIONAL;
            default -> throw new IllegalArgumentException(
                    "relationType must be essential or optional, got '" + value + "'");
        };
    }
}
