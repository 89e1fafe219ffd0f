package org.credpath.engine.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A static encoder's token table: one (already weighted) vector per vocabulary id, row-major in {@code rows}
 * ({@code vocab x dims}). On disk ({@value #FILE}) each row is quantised to 8 bits with its own scale (the row's
 * largest absolute value / 127), gzip-compressed: header {@code "CPST"}, format version, vocab, dims, then per row a
 * float scale and {@code dims} signed bytes.
 */
public record StaticTable(int vocab, int dims, float[] rows) {

    /** The table's file name in its model folder. */
    public static final String FILE = "table.bin.gz";

    private static final int MAGIC = 0x43505354; // "CPST"
    private static final int VERSION = 1;

    public StaticTable {
        if (vocab < 1 || dims < 1 || rows == null || rows.length != (long) vocab * dims) {
            throw new IllegalArgumentException("static table: need vocab >= 1, dims >= 1 and vocab x dims values; got "
                    + vocab + " x " + dims + " and " + (rows == null ? 0 : rows.length) + " values");
        }
    }

    /** Adds row {@code id} to {@code sum}. */
    void addRow(int id, float[] sum) {
        int off = id * dims;
        for (int d = 0; d < dims; d++) {
            sum[d] += rows[off + d];
        }
    }

    /** Row {@code id} as a copy. */
    public float[] row(int id) {
        float[] out = new float[dims];
        System.arraycopy(rows, id * dims, out, 0, dims);
        return out;
    }

    /** This table as it reads back from disk (each row quantised to 8 bits and restored). */
    public StaticTable quantised() {
        float[] out = new float[rows.length];
        byte[] q = new byte[dims];
        for (int r = 0; r < vocab; r++) {
            float scale = quantise(r, q);
            for (int d = 0; d < dims; d++) {
                out[r * dims + d] = q[d] * scale;
            }
        }
        return new StaticTable(vocab, dims, out);
    }

    /** The mean cosine of each non-zero row with its 8-bit copy ({@link #quantised()}): what saving loses. */
    public double quantisedCosine() {
        StaticTable q = quantised();
        double sum = 0;
        int n = 0;
        for (int r = 0; r < vocab; r++) {
            float[] a = OnnxEncoder.normalise(row(r));
            float[] b = OnnxEncoder.normalise(q.row(r));
            double c = TextEncoder.dot(a, b);
            if (c != 0) {
                sum += c;
                n++;
            }
        }
        return n == 0 ? 1 : sum / n;
    }

    private float quantise(int r, byte[] q) {
        float max = 0;
        for (int d = 0; d < dims; d++) {
            max = Math.max(max, Math.abs(rows[r * dims + d]));
        }
        float scale = max == 0 ? 0 : max / 127f;
        for (int d = 0; d < dims; d++) {
            q[d] = scale == 0 ? 0 : (byte) Math.round(rows[r * dims + d] / scale);
        }
        return scale;
    }

    /** Writes the quantised table to {@code file} (a temporary name moved into place). */
    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".tmp");
            try {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        new GZIPOutputStream(Files.newOutputStream(tmp))))) {
                    out.writeInt(MAGIC);
                    out.writeInt(VERSION);
                    out.writeInt(vocab);
                    out.writeInt(dims);
                    byte[] q = new byte[dims];
                    for (int r = 0; r < vocab; r++) {
                        out.writeFloat(quantise(r, q));
                        out.write(q);
                    }
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the static encoder table " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a table written by {@link #write}; a damaged file is an {@link IllegalStateException} naming it. */
    public static StaticTable read(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            return read(raw);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(file + ": not a readable static encoder table (" + e.getMessage()
                    + "); " + StaticEncoder.REBUILD, e);
        }
    }

    static StaticTable read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("unknown header");
            }
            int vocab = in.readInt();
            int dims = in.readInt();
            if (vocab < 1 || dims < 1 || (long) vocab * dims > 100_000_000L) {
                throw new IOException("implausible size " + vocab + " x " + dims);
            }
            float[] rows = new float[vocab * dims];
            byte[] q = new byte[dims];
            for (int r = 0; r < vocab; r++) {
                float scale = in.readFloat();
                in.readFully(q);
                for (int d = 0; d < dims; d++) {
                    rows[r * dims + d] = q[d] * scale;
                }
            }
            return new StaticTable(vocab, dims, rows);
        } catch (EOFException e) {
            throw new IOException("truncated", e);
        }
    }
}
