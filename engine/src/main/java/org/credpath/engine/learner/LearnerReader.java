package org.credpath.engine.learner;

import java.io.IOException;
import java.nio.file.Path;

import org.credpath.engine.catalog.ExchangeReader;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;

/**
 * Reads learners: one JSON object file ({@code learner.json}, pretty-printed or not), a JSON array,
 * or JSONL; gzip-transparent. Duplicate ids follow {@link ExchangeReader} (later replaces earlier in
 * files, refused in strict mode); learners without an id are never duplicates.
 */
public final class LearnerReader {

    private static final ExchangeReader<Learner> READER = new ExchangeReader<>(Learner.class, Learner::id);

    private LearnerReader() {
    }

    public static ReadResult<Learner> read(Path file, ReadMode mode) throws IOException {
        return READER.read(file, mode);
    }

    public static ReadResult<Learner> read(String source, String body, ReadMode mode) {
        return READER.read(source, body, mode);
    }

    /** Exactly one learner from {@code file} (file mode), or an exception whose message lists the problems. */
    public static Learner readOne(Path file) throws IOException {
        ReadResult<Learner> r = read(file, ReadMode.FILE);
        r.orThrow();
        if (r.records().size() != 1) {
            throw new IllegalArgumentException(file + ": expected exactly one learner, found " + r.records().size());
        }
        return r.records().getFirst();
    }
}
