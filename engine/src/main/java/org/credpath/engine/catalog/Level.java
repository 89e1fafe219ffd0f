package org.credpath.engine.catalog;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code level} vocabulary; JSON values are kebab-case. */
public enum Level implements Vocabulary {
    INTRODUCTORY, INTERMEDIATE, ADVANCED;

    @JsonValue
    @Override
    public String value() {
        return Vocabulary.kebab(this);
    }

    /** The value named by {@code text} (case and separators ignored), or empty when unknown. */
    public static Optional<Level> parse(String text) {
        return Vocabulary.parse(Level.class, text);
    }
}
