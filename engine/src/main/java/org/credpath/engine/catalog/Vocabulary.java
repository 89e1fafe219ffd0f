package org.credpath.engine.catalog;

import java.util.Locale;
import java.util.Optional;

/** Kebab-case JSON vocabulary shared by the credential enums. */
interface Vocabulary {
    String value();

    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (E e : type.getEnumConstants()) {
            if (e.value().equals(norm)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
