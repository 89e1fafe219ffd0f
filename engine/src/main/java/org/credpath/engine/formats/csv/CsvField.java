package org.credpath.engine.formats.csv;

import java.util.Arrays;
import java.util.Optional;

/** The credential fields a CSV column can fill; the default column of each is its exchange name. */
public enum CsvField {
    ID("id"), TITLE("title"), PROVIDER("provider"), DESCRIPTION("description"), SYLLABUS("syllabus"), URL("url"),
    CREDENTIAL_TYPE("credentialType"), LEVEL("level"), HOURS("hours"), COST_USD("costUsd"), DELIVERY("delivery"),
    LANGUAGE("language"), SKILL_LABELS("skillLabels"), SKILLS("skills"), PREREQUISITES("prerequisites");

    private final String exchangeName;

    CsvField(String exchangeName) {
        this.exchangeName = exchangeName;
    }

    /** The field's name in the exchange format ({@code costUsd}), also its default column header. */
    public String exchangeName() {
        return exchangeName;
    }

    /** The field named {@code name} (its exchange name, case ignored). */
    public static Optional<CsvField> named(String name) {
        return Arrays.stream(values()).filter(f -> f.exchangeName.equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Fields holding a list, split on {@code ;} or {@code |}. */
    boolean isList() {
        return this == SKILL_LABELS || this == SKILLS || this == PREREQUISITES;
    }
}
