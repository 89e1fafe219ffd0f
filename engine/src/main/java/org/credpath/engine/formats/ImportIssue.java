package org.credpath.engine.formats;

import java.util.Objects;

/**
 * A problem (or a warning) met while importing: which record of the source, which field, and what.
 *
 * @param record where in the source, e.g. {@code @graph[3] (ce-1234...)} or {@code row 4 (line 5)}; empty for the whole file
 * @param field  the source's field name, e.g. {@code ceterms:name} or the CSV column; empty when none
 */
public record ImportIssue(String record, String field, String message) {
    public ImportIssue {
        record = Objects.requireNonNullElse(record, "");
        field = Objects.requireNonNullElse(field, "");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        String where = record.isEmpty() ? field : field.isEmpty() ? record : record + ": " + field;
        return where.isEmpty() ? message : where + ": " + message;
    }
}
