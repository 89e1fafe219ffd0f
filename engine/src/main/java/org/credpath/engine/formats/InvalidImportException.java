package org.credpath.engine.formats;

import java.util.List;

/**
 * An import refused as a whole: every error found, each naming the record and field. Nothing of the
 * source is to be stored when this is thrown.
 */
public final class InvalidImportException extends RuntimeException {
    private final transient List<ImportIssue> errors;

    public InvalidImportException(List<ImportIssue> errors) {
        super(message(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("errors: at least one");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidImportException(ImportIssue error) {
        this(List.of(error));
    }

    public List<ImportIssue> errors() {
        return errors;
    }

    private static String message(List<ImportIssue> errors) {
        return errors.size() + " error(s); nothing imported; first: " + (errors.isEmpty() ? "" : errors.getFirst());
    }
}
