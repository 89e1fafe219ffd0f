package org.credpath.engine.catalog;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code delivery} vocabulary; JSON values are kebab-case. */
public enum Delivery implements Vocabulary {
    ONLINE, BLENDED, IN_PERSON;

    @JsonValue
    @Override
    public String value() {
        return Vocabulary.kebab(this);
    }

    /** The value named by {@code text} (case and separators ignored), or empty when unknown. */
    public static Optional<Delivery> parse(String text) {
        return Vocabulary.parse(Delivery.class, text);
    }
}
