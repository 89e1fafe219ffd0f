package org.credpath.engine.events;

import java.io.IOException;
import java.nio.file.Path;

import org.credpath.engine.catalog.ExchangeReader;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;

/**
 * Reads events (JSONL, or a JSON array in request bodies); gzip-transparent. An event's {@code id}
 * is optional; the same id twice in one input is refused like any duplicate id.
 */
public final class EventReader {

    private static final ExchangeReader<Event> READER = new ExchangeReader<>(Event.class, Event::id);

    private EventReader() {
    }

    public static ReadResult<Event> read(Path file, ReadMode mode) throws IOException {
        return READER.read(file, mode);
    }

    public static ReadResult<Event> read(String source, String body, ReadMode mode) {
        return READER.read(source, body, mode);
    }
}
