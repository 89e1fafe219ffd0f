package org.credpath.engine.formats.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.formats.ImportIssue;
import org.credpath.engine.formats.ImportResult;
import org.credpath.engine.formats.InvalidImportException;

/**
 * Reads credentials from CSV (RFC 4180, a header row first) with a {@link ColumnMapping}. All or
 * nothing: a missing or unknown column, a bad number, an unknown vocabulary word, a row of the
 * wrong width or a duplicate id refuses the file with every error named by row, line and field.
 */
public final class CsvCredentialReader {
    static final int MAX_ERRORS = 50;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreEmptyLines(true).get();

    private CsvCredentialReader() {
    }

    /**
     * @param source names the document in messages (a file name; empty for a request body)
     * @throws InvalidImportException when the CSV or any row is invalid
     */
    public static ImportResult read(String source, String text, ColumnMapping mapping) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = parser(source, body)) {
            List<String> header = parser.getHeaderNames();
            List<ImportIssue> warnings = new ArrayList<>();
            Map<CsvField, String> columns = resolve(source, header, mapping, warnings);
            return rows(source, parser, header.size(), columns, mapping, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVParser parser(String source, String body) throws IOException {
        try {
            CSVParser p = CSVParser.builder().setReader(new StringReader(body)).setFormat(FORMAT).get();
            if (p.getHeaderNames().isEmpty()) {
                throw new InvalidImportException(new ImportIssue(source, "header", "no header row: the first line must"
                        + " name the columns"));
            }
            return p;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidImportException(new ImportIssue(source, "header", "unreadable CSV header: " + e.getMessage()));
        }
    }

    /** Field -> column header actually present; errors for mapped columns that are missing and for no title column. */
    static Map<CsvField, String> resolve(String source, List<String> header, ColumnMapping mapping,
            List<ImportIssue> warnings) {
        Map<CsvField, String> out = new EnumMap<>(CsvField.class);
        List<ImportIssue> errors = new ArrayList<>();
        for (CsvField f : CsvField.values()) {
            var mapped = mapping.column(f);
            if (mapped.isPresent()) {
                String col = find(header, mapped.get());
                if (col == null) {
                    errors.add(new ImportIssue(source, f.exchangeName(), "column '" + mapped.get()
                            + "' is not in the header (columns: " + String.join(", ", header) + ")"));
                } else {
                    out.put(f, col);
                }
            } else {
                String col = find(header, f.exchangeName());
                if (col != null) {
                    out.put(f, col);
                }
            }
        }
        if (!out.containsKey(CsvField.TITLE) && mapping.column(CsvField.TITLE).isEmpty()) {
            errors.add(new ImportIssue(source, "title", "no title column: name one with title=<column> (columns: "
                    + String.join(", ", header) + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidImportException(errors);
        }
        for (String h : header) {
            if (!out.containsValue(h)) {
                warnings.add(new ImportIssue(source, h, "column not mapped to a credential field; ignored"));
            }
        }
        return out;
    }

    private static String find(List<String> header, String wanted) {
        return header.stream().filter(h -> h.strip().equalsIgnoreCase(wanted.strip())).findFirst().orElse(null);
    }

    private static ImportResult rows(String source, CSVParser parser, int width, Map<CsvField, String> columns, ColumnMapping mapping,
            List<ImportIssue> warnings) {
        List<ImportIssue> errors = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        List<Credential> out = new ArrayList<>();
        long line = parser.getCurrentLineNumber() + 1;
        try {
            for (CSVRecord r : parser) {
                String where = (source.isEmpty() ? "" : source + " ") + "row " + r.getRecordNumber() + " (line " + line + ")";
                line = parser.getCurrentLineNumber() + 1;
                if (r.size() != width) {
                    errors.add(new ImportIssue(where, "", "has " + r.size() + " field(s); the header has " + width));
                    continue;
                }
                Credential c = new CsvRow(r, where, columns, mapping).credential(errors);
                if (c != null) {
                    String earlier = seen.putIfAbsent(c.id(), where);
                    if (earlier != null) {
                        errors.add(new ImportIssue(where, columns.getOrDefault(CsvField.ID, "id"), "duplicate id "
                                + c.id() + " (also " + earlier + ")"));
                    } else {
                        out.add(c);
                    }
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            errors.add(new ImportIssue((source.isEmpty() ? "" : source + " ") + "line " + line, "", "unreadable CSV: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidImportException(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        }
        if (out.isEmpty()) {
            throw new InvalidImportException(new ImportIssue("", "", "no rows after the header"));
        }
        return new ImportResult(out, warnings, 0, List.of());
    }
}
