package org.credpath.engine.eval.judged;

import java.util.Locale;
import java.util.Optional;

/** The half of the judged set a learner belongs to: tune on {@code dev}, report on {@code test}. */
public enum Split {
    DEV, TEST;

    /** The JSON value, {@code dev} or {@code test}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The split named exactly {@code text} ({@code dev} or {@code test}), or empty. */
    public static Optional<Split> parse(String text) {
        for (Split s : values()) {
            if (s.value().equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
