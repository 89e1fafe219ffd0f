package org.credpath.engine.events;

import java.io.IOException;
import java.nio.file.Path;

import org.credpath.engine.catalog.ExchangeReader;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;

/** Reads events (JSONL, or a JSON array in request bodies); gzip-transparent. Events have no ids. */
public final class EventReader {

    private static final ExchangeReader<Event> READER = new ExchangeReader<>(Event.class, e -> null);

    private EventReader() {
    }

    public static ReadResult<Event> read(Path file, ReadMode mode) throws IOException {
        return READER.read(file, mode);
    }

    public static ReadResult<Event> read(String source, String body, ReadMode mode) {
        return READER.read(source, body, mode);
    }
}
