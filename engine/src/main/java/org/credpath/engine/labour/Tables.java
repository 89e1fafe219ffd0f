package org.credpath.engine.labour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credpath.engine.data.DataFiles;

/**
 * Reads a shipped table row by row; every failure names the file, the line and the column.
 */
public final class Tables {

    private Tables() {
    }

    /** One row of a table with the context needed for a clear error message. */
    public record Row(Path file, CSVRecord record, long line) {

        /** The trimmed value of {@code column}; refuses a missing column naming file and line. */
        public String get(String column) {
            if (!record.isMapped(column)) {
                throw new IllegalArgumentException(file.getFileName() + " line " + line
                        + ": no column '" + column + "' (header is " + record.getParser().getHeaderNames() + ")");
            }
            String v = record.isSet(column) ? record.get(column) : "";
            return v == null ? "" : v.strip();
        }

        /** The untrimmed value (keeps the line breaks of multi-line label fields). */
        public String raw(String column) {
            get(column);
            return record.isSet(column) ? record.get(column) : "";
        }

        /** A problem with this row, as an exception whose message names the file, line and column. */
        public IllegalArgumentException error(String column, String problem) {
            return new IllegalArgumentException(file.getFileName() + " line " + line + ", column '"
                    + column + "': " + problem);
        }
    }

    /** Calls {@code action} for every data row of {@code file} (gzip-transparent). */
    public static void forEach(Path file, CSVFormat format, Consumer<Row> action) {
        try (CSVParser parser = DataFiles.parse(file, format)) {
            long line = 2;
            for (CSVRecord rec : parser) {
                action.accept(new Row(file, rec, line));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e.getCause());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("malformed table " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
