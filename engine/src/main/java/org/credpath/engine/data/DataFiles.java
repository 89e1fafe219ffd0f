package org.credpath.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Opening shipped data files: gzip-transparent readers, CSV/TSV parsers and checksums. */
public final class DataFiles {

    /** Comma-separated with a header row; handles quoted multi-line fields and CRLF (ESCO, BLS, catalogues). */
    public static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false)
            .setAllowMissingColumnNames(true).get();

    /** Tab-separated with a header row and no quoting (O*NET text tables). */
    public static final CSVFormat TSV = CSVFormat.TDF.builder()
            .setHeader().setSkipHeaderRecord(true).setQuote(null)
            .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();

    private DataFiles() {
    }

    /**
     * Opens a UTF-8 text file; reads {@code file.gz} when {@code file} is absent, and decompresses
     * any file whose name ends in {@code .gz}. A leading byte-order mark is dropped.
     */
    public static BufferedReader reader(Path file) throws IOException {
        Path actual = resolve(file);
        InputStream in = Files.newInputStream(actual);
        if (actual.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /** The path that exists: {@code file} itself, or {@code file.gz}. */
    public static Path resolve(Path file) throws NoSuchFileException {
        if (Files.exists(file)) {
            return file;
        }
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        if (Files.exists(gz)) {
            return gz;
        }
        throw new NoSuchFileException(file.toString(), null, "data file missing (nor .gz beside it)");
    }

    public static CSVParser parse(Path file, CSVFormat format) throws IOException {
        return CSVParser.builder().setReader(reader(file)).setFormat(format).get();
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
