package org.credpath.engine.formats.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which CSV column fills which credential field. Fields not named are read from a column whose
 * header is the field's exchange name ({@code title}, {@code costUsd}, ...), when there is one.
 *
 * @param columns    field -> column header, as given
 * @param idPrefix   prefix of the ids made from titles when no id column exists ({@code <prefix>:<slug of title>})
 * @param listSeparator separator of list cells ({@code skillLabels}, ...)
 */
public record ColumnMapping(Map<CsvField, String> columns, String idPrefix, char listSeparator) {
    public static final String DEFAULT_ID_PREFIX = "csv";

    public ColumnMapping {
        EnumMap<CsvField, String> copy = new EnumMap<>(CsvField.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
        idPrefix = idPrefix == null || idPrefix.isBlank() ? DEFAULT_ID_PREFIX : idPrefix.strip();
    }

    /** Every field read from the column of its own name. */
    public static ColumnMapping defaults() {
        return new ColumnMapping(Map.of(), DEFAULT_ID_PREFIX, ';');
    }

    public Optional<String> column(CsvField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /**
     * Reads {@code field=Column header} pairs (a mapping file has one per line; {@code #} starts a
     * comment). The pseudo-fields {@code idPrefix} and {@code listSeparator} set those options.
     *
     * @throws IllegalArgumentException naming the pair that is not {@code field=column} or names no known field
     */
    public static ColumnMapping parse(List<String> pairs) {
        Map<CsvField, String> columns = new EnumMap<>(CsvField.class);
        String prefix = DEFAULT_ID_PREFIX;
        char separator = ';';
        List<String> problems = new ArrayList<>();
        for (String raw : pairs) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                problems.add("'" + line + "': expected field=column");
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.equalsIgnoreCase("idPrefix")) {
                prefix = value;
            } else if (key.equalsIgnoreCase("listSeparator")) {
                if (value.length() != 1) {
                    problems.add("listSeparator: one character, got '" + value + "'");
                } else {
                    separator = value.charAt(0);
                }
            } else {
                Optional<CsvField> f = CsvField.named(key);
                if (f.isEmpty()) {
                    problems.add("'" + key + "': not a credential field (fields: " + fieldNames() + ")");
                } else {
                    columns.put(f.get(), value);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("column mapping: " + String.join("; ", problems));
        }
        return new ColumnMapping(columns, prefix, separator);
    }

    /** A mapping file: {@code field=Column header} per line. */
    public static ColumnMapping read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static String fieldNames() {
        return String.join(", ", java.util.Arrays.stream(CsvField.values()).map(CsvField::exchangeName).toList());
    }
}
