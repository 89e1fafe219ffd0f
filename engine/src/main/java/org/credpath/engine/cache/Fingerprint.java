package org.credpath.engine.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over the inputs of something cached on disk: strings, numbers, files (by content) and
 * classes (by their compiled bytes, so a change of the code that builds a cache changes its key).
 * Each value is length-prefixed, so {@code ("ab","c")} and {@code ("a","bc")} differ. Not thread-safe.
 */
public final class Fingerprint {

    private final MessageDigest sha;

    public Fingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public Fingerprint add(String s) {
        byte[] b = (s == null ? "\u0000null" : s).getBytes(StandardCharsets.UTF_8);
        add(b.length);
        sha.update(b);
        return this;
    }

    public Fingerprint add(long n) {
        for (int i = 0; i < 8; i++) {
            sha.update((byte) (n >>> (8 * i)));
        }
        return this;
    }

    public Fingerprint add(byte[] bytes) {
        add(bytes.length);
        sha.update(bytes);
        return this;
    }

    /** The file's name and content; every regular file under a folder, in name order. */
    public Fingerprint addFile(Path path) {
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(path)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    add(path.relativize(f).toString()).add(Files.readAllBytes(f));
                }
                return this;
            }
            return add(path.getFileName().toString()).add(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " to fingerprint it: " + e.getMessage(), e);
        }
    }

    /**
     * Each path as {@link #addFile}, or the words "missing NAME" for one that does not exist (an optional input
     * file: its later appearance changes the fingerprint).
     */
    public Fingerprint addFilesOrMissing(Iterable<Path> paths) {
        for (Path p : paths) {
            if (Files.exists(p)) {
                addFile(p);
            } else {
                add("missing " + p.getFileName());
            }
        }
        return this;
    }

    /** The compiled bytes of each class and of its nested classes (the code that builds a cache). */
    public Fingerprint addClasses(Class<?>... classes) {
        for (Class<?> c : classes) {
            addClasses(c.getDeclaredClasses());
            String resource = c.getName().replace('.', '/') + ".class";
            try (InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("class bytes of " + c.getName() + " not found");
                }
                add(c.getName()).add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return this;
    }

    /** The digest as 64 hex digits; the fingerprint cannot be added to afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 of a file's content, as 64 hex digits. */
    public static String ofFile(Path file) throws IOException {
        Fingerprint f = new Fingerprint();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                f.sha.update(buf, 0, n);
            }
        }
        return f.hex();
    }
}
