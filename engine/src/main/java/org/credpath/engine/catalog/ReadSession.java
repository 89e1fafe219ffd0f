package org.credpath.engine.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Mutable state of one read: accepted records, issues, duplicate-id bookkeeping. */
final class ReadSession<T> {

    private record Accepted<T>(T value, int line, int index) {
    }

    private final String source;
    private final ReadMode mode;
    private final Function<T, String> idOf;
    private final List<Accepted<T>> accepted = new ArrayList<>();
    private final Map<String, Integer> positionById = new HashMap<>();
    private final List<ReadIssue> issues = new ArrayList<>();
    private int seen;

    ReadSession(String source, ReadMode mode, Function<T, String> idOf) {
        this.source = source;
        this.mode = mode;
        this.idOf = idOf;
    }

    ReadMode mode() {
        return mode;
    }

    int nextIndex() {
        return seen++;
    }

    void warn(int line, int index, String field, String message) {
        issues.add(new ReadIssue(ReadIssue.Severity.WARNING, source, line, index, field, message));
    }

    void error(int line, int index, String field, String message) {
        issues.add(new ReadIssue(ReadIssue.Severity.ERROR, source, line, index, field, message));
    }

    void accept(T value, int line, int index) {
        String id = idOf == null ? null : idOf.apply(value);
        Integer pos = id == null ? null : positionById.get(id);
        if (pos == null) {
            if (id != null) {
                positionById.put(id, accepted.size());
            }
            accepted.add(new Accepted<>(value, line, index));
            return;
        }
        Accepted<T> earlier = accepted.get(pos);
        String where = "record " + earlier.index() + (earlier.line() > 0 ? ", line " + earlier.line() : "");
        if (mode == ReadMode.STRICT) {
            error(line, index, "id", "duplicate id \"" + id + "\" (also " + where + ")");
        } else {
            warn(line, index, "id", "duplicate id \"" + id + "\" (first " + where
                    + "): this later record replaces the earlier one");
            accepted.set(pos, new Accepted<>(value, line, index));
        }
    }

    ReadResult<T> finish() {
        boolean refuseAll = mode == ReadMode.STRICT && issues.stream().anyMatch(ReadIssue::isError);
        List<T> records = refuseAll ? List.of() : accepted.stream().map(Accepted::value).toList();
        return new ReadResult<>(records, issues, seen);
    }
}
