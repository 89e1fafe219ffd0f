package org.credpath.engine.catalog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes exchange records as JSONL (one compact JSON object per line, UTF-8; gzip when the name ends
 * in {@code .gz}) atomically: into a temporary file beside the target, flushed to disk, then moved
 * over the target, so readers see the old file or the complete new one, never half a file.
 */
public final class JsonlWriter {

    private JsonlWriter() {
    }

    /** Writes {@code records} to {@code out}; returns how many were written. */
    public static int write(Path out, Iterable<?> records) throws IOException {
        int[] n = {0};
        atomically(out, w -> {
            for (Object r : records) {
                w.write(ExchangeJson.toLine(r));
                w.write('\n');
                n[0]++;
            }
        });
        return n[0];
    }

    /** Writes one pretty-printed JSON document (e.g. a learner profile) atomically. */
    public static void writeDocument(Path out, Object value) throws IOException {
        atomically(out, w -> {
            w.write(ExchangeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
            w.write('\n');
        });
    }

    /** Body of an atomic write. */
    @FunctionalInterface
    public interface Body {
        void write(Writer w) throws IOException;
    }

    /** Runs {@code body} against a temporary file, then moves it over {@code out}. */
    public static void atomically(Path out, Body body) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream os = open(tmp, target);
                 Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                body.write(w);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static OutputStream open(Path tmp, Path target) throws IOException {
        OutputStream os = Files.newOutputStream(tmp);
        return target.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }
}
