package org.credpath.engine.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.credpath.engine.data.DataFiles;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads exchange-format records (credentials, learners, events) from a JSON array, a JSON object
 * (or several concatenated), or JSONL (one object per line), gzip-transparently for files.
 *
 * <p>Layout: a name ending in {@code .jsonl}/{@code .jsonl.gz} is read line by line; otherwise a
 * document starting with {@code [} is a JSON array, and a document whose first non-blank line is a
 * complete JSON value (or looks like one object on one line) is JSONL; anything else is read as a
 * stream of JSON values (e.g. one pretty-printed object).
 *
 * <p>Duplicate ids: in {@link ReadMode#FILE} the later record replaces the earlier one (at the
 * earlier one's position) with a warning naming both lines, as an append-only log of updates would
 * mean; in {@link ReadMode#STRICT} a duplicate fails the batch.
 */
public final class ExchangeReader<T> {

    /** Reads one value of a stream of values (trailing values are the next records, not an error). */
    private static final ObjectReader TREE = ExchangeJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Class<T> type;
    private final Function<T, String> idOf;
    private final ObjectReader baseReader;

    /**
     * @param idOf the record's id for duplicate detection; may return null (no check for that record)
     */
    public ExchangeReader(Class<T> type, Function<T, String> idOf) {
        this.type = type;
        this.idOf = idOf;
        this.baseReader = ExchangeJson.mapper().readerFor(type);
    }

    /** Reads a file ({@code .gz} decompressed; {@code file.gz} used when {@code file} is absent). */
    public ReadResult<T> read(Path file, ReadMode mode) throws IOException {
        Path actual = DataFiles.resolve(file);
        return read(actual.toString(), () -> DataFiles.reader(actual), mode);
    }

    /** Reads a request body or other in-memory text; {@code source} names it in messages. */
    public ReadResult<T> read(String source, String text, ReadMode mode) {
        try {
            return read(source, () -> new BufferedReader(new StringReader(text)), mode);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** Opens the text afresh (the layout is sniffed on a first pass). */
    @FunctionalInterface
    interface Opener {
        BufferedReader open() throws IOException;
    }

    private enum Layout { EMPTY, LINES, DOCUMENT }

    ReadResult<T> read(String source, Opener opener, ReadMode mode) throws IOException {
        ReadSession<T> session = new ReadSession<>(source, mode, idOf);
        Layout layout;
        try (BufferedReader r = opener.open()) {
            layout = sniff(source, r);
        }
        try (BufferedReader r = opener.open()) {
            switch (layout) {
                case LINES -> readLines(r, session);
                case DOCUMENT -> readDocument(r, session);
                case EMPTY -> { }
            }
        }
        return session.finish();
    }

    private static Layout sniff(String source, BufferedReader r) throws IOException {
        String lower = source.toLowerCase(Locale.ROOT);
        String first;
        do {
            first = r.readLine();
        } while (first != null && first.isBlank());
        if (first == null) {
            return Layout.EMPTY;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
            return Layout.LINES;
        }
        String t = first.strip();
        if (t.startsWith("[")) {
            return Layout.DOCUMENT;
        }
        if (t.startsWith("{") && t.endsWith("}")) {
            return Layout.LINES;
        }
        try {
            ExchangeJson.mapper().readTree(t);
            return Layout.LINES;
        } catch (JacksonException e) {
            return Layout.DOCUMENT;
        }
    }

    private void readLines(BufferedReader r, ReadSession<T> s) throws IOException {
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int index = s.nextIndex();
            JsonNode node;
            try {
                node = ExchangeJson.mapper().readTree(line);
            } catch (JacksonException e) {
                s.error(lineNo, index, null, "bad JSON: " + RecordProblems.firstLine(e.getOriginalMessage()));
                continue;
            }
            decode(node, lineNo, index, s);
        }
    }

    private void readDocument(BufferedReader r, ReadSession<T> s) {
        try (JsonParser p = ExchangeJson.mapper().createParser(r)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        readOne(p, s);
                    }
                } else {
                    readOne(p, s);
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            s.error(line, -1, null, "bad JSON: " + RecordProblems.firstLine(e.getOriginalMessage())
                    + "; the rest of the input was not read");
        }
    }

    private void readOne(JsonParser p, ReadSession<T> s) {
        int line = Math.max(0, p.currentTokenLocation().getLineNr());
        int index = s.nextIndex();
        JsonNode node = TREE.readTree(p);
        decode(node, line, index, s);
    }

    private void decode(JsonNode node, int line, int index, ReadSession<T> s) {
        if (node == null || !node.isObject()) {
            s.error(line, index, null, "expected a JSON object, got "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
            return;
        }
        RecordProblems problems = new RecordProblems(s, line, index);
        try {
            T value = baseReader.withHandler(problems).readValue(node);
            if (!problems.failed()) {
                s.accept(value, line, index);
            }
        } catch (JacksonException e) {
            RecordProblems.Described d = RecordProblems.describe(e);
            s.error(line, index, d.field(), d.message());
        }
    }

    @Override
    public String toString() {
        return "ExchangeReader[" + type.getSimpleName() + "]";
    }
}
