package org.credpath.engine.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What a reader produced: the accepted records (in input order; for duplicate ids the later record
 * replaces the earlier one in place) and every warning and error, line-numbered.
 *
 * @param recordsSeen how many records the input held, good or bad
 */
public record ReadResult<T>(List<T> records, List<ReadIssue> issues, int recordsSeen) {

    public ReadResult {
        records = List.copyOf(Objects.requireNonNull(records, "records"));
        issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
        if (recordsSeen < 0) {
            throw new IllegalArgumentException("recordsSeen: must be >= 0, got " + recordsSeen);
        }
    }

    public List<ReadIssue> errors() {
        return issues.stream().filter(ReadIssue::isError).toList();
    }

    public List<ReadIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ReadIssue::isError);
    }

    /**
     * The records, or an {@link IllegalArgumentException} listing the errors (up to 20) when there are any.
     */
    public List<T> orThrow() {
        if (!hasErrors()) {
            return records;
        }
        List<ReadIssue> errors = errors();
        StringBuilder sb = new StringBuilder().append(errors.size()).append(" error(s):");
        errors.stream().limit(20).forEach(e -> sb.append(System.lineSeparator()).append("  ").append(e));
        if (errors.size() > 20) {
            sb.append(System.lineSeparator()).append("  ...");
        }
        throw new IllegalArgumentException(sb.toString());
    }
}
