package org.credpath.engine.catalog;

/**
 * One problem found while reading an exchange file or request body.
 *
 * @param severity {@code WARNING}: the record was kept (perhaps with a value dropped);
 *                 {@code ERROR}: the record (in strict mode: the batch) was refused
 * @param source   file name or {@code "request body"}
 * @param line     1-based line where the record starts, 0 when unknown
 * @param index    0-based position of the record in the input, -1 when not a record problem
 * @param field    the field concerned (e.g. {@code hours}, {@code stacksInto[0].credits}), or null
 * @param message  what is wrong, in words a user can act on
 */
public record ReadIssue(Severity severity, String source, int line, int index, String field, String message) {

    /** How bad an issue is. */
    public enum Severity { WARNING, ERROR }

    public ReadIssue {
        if (severity == null) {
            throw new IllegalArgumentException("severity: required");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message: required");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line: must be >= 0, got " + line);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: [record 3] field hours: must be ...}, like a compiler message. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "input" : source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
        if (index >= 0) {
            sb.append("[record ").append(index).append("] ");
        }
        if (field != null) {
            sb.append("field ").append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
