package org.credpath.engine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Encoded texts cached on disk. The file name carries a key made of the encoder id and a SHA-256 of
 * the texts, so a change of either writes a new file instead of reusing a stale one; next to each
 * vector file, {@code .json} provenance says which encoder, how many texts, their checksum and when.
 * Files are written to a temporary name and moved into place, so a crash never leaves a half file
 * under the real name. A file of the wrong size is ignored and rewritten.
 */
public final class VectorCache {

    private static final int PROGRESS_EVERY = 250;

    private final Path dir;

    /** The one place encoded texts are cached for an installation: {@code <home>/var/cache/encoder}. */
    public static Path dir(org.credpath.engine.data.CredpathHome home) {
        return home.root().resolve("var").resolve("cache").resolve("encoder");
    }

    public VectorCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /**
     * The vectors of {@code texts} in order: read from the cache when present, else encoded (progress
     * on {@code progress}) and stored.
     */
    public float[][] vectors(String name, TextEncoder encoder, List<String> texts, Consumer<String> progress) {
        String key = key(encoder, texts);
        Path file = dir.resolve(name + "-" + key + ".f32");
        float[][] cached = read(file, texts.size(), encoder.dimensions());
        if (cached != null) {
            progress.accept("encoder: " + texts.size() + " " + name + " texts read from the cache");
            return cached;
        }
        long t0 = System.nanoTime();
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = encoder.encode(texts.get(i));
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept(String.format("encoder: %,d / %,d %s texts", i + 1, texts.size(), name));
            }
        }
        progress.accept(String.format("encoder: %,d %s texts encoded in %.1f s", texts.size(), name,
                (System.nanoTime() - t0) / 1e9));
        write(file, out, encoder, texts.size(), key);
        return out;
    }

    static String key(TextEncoder encoder, List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoder.id().getBytes(StandardCharsets.UTF_8));
            for (String t : texts) {
                sha.update((byte) 0);
                sha.update(t.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static float[][] read(Path file, int n, int dims) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != (long) n * dims * Float.BYTES) {
                return null;
            }
            ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            float[][] out = new float[n][dims];
            for (float[] row : out) {
                buf.asFloatBuffer().get(row);
                buf.position(buf.position() + dims * Float.BYTES);
            }
            return out;
        } catch (IOException e) {
            return null;
        }
    }

    private void write(Path file, float[][] vectors, TextEncoder encoder, int n, String key) {
        try {
            Files.createDirectories(dir);
            ByteBuffer buf = ByteBuffer.allocate(n * encoder.dimensions() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] row : vectors) {
                for (float x : row) {
                    buf.putFloat(x);
                }
            }
            String provenance = String.format("{\"encoder\":\"%s\",\"dimensions\":%d,\"texts\":%d,\"key\":\"%s\","
                    + "\"createdAt\":\"%s\",\"javaVersion\":\"%s\"}%n", encoder.id(), encoder.dimensions(), n, key,
                    Instant.now(), System.getProperty("java.version"));
            atomicWrite(file, buf.array());
            String base = file.getFileName().toString().replaceFirst("\\.f32$", ".json");
            atomicWrite(file.resolveSibling(base), provenance.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the encoder cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
