package org.credpath.engine.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Things built at start that are slow to build and cheap to read back (an index, a prepared
 * catalogue), kept on disk in one folder each under the cache root ({@code <home>/var/cache},
 * {@code CredpathHome.cache()}), with a {@code manifest.json} saying what they were built from: a
 * format version, a checksum of the inputs, a checksum of the code that built them, the model
 * used, and a SHA-256 of each file. {@link #open} trusts a folder only when all of these match;
 * a missing, stale or corrupt cache is reported on {@code progress} and the caller rebuilds it. A folder is written under a
 * temporary name and moved into place, so a crash or a second process never leaves a half cache
 * under the real name. Failing to store a cache is reported, never fatal.
 */
public final class DiskCache {

    /** The file naming what a cache folder was built from. */
    public static final String MANIFEST = "manifest.json";
    private static final String DATA = "data";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path root;

    public DiskCache(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * What a cache must have been built from to be trusted.
     *
     * @param format the cache's file format version (bumped by hand when the layout changes)
     * @param inputs checksum of the data it was built from
     * @param code   checksum of the code that built it ({@link Fingerprint#addClasses})
     * @param model  the model or library that built it (e.g. the Lucene version)
     */
    public record Key(int format, String inputs, String code, String model) {
        public Key {
            Objects.requireNonNull(inputs, "inputs");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(model, "model");
        }
    }

    /** The manifest stored next to a cache's files. */
    public record Manifest(String name, int format, String inputs, String code, String model, String createdAt,
            Map<String, String> files) {
        boolean matches(Key key) {
            return format == key.format() && inputs.equals(key.inputs()) && code.equals(key.code())
                    && model.equals(key.model());
        }
    }

    /** Writes a cache's files into an empty folder. */
    @FunctionalInterface
    public interface Writer {
        void write(Path folder) throws IOException;
    }

    /**
     * The folder of cache {@code name} when it was built from {@code key} and every file checks out;
     * otherwise empty, after a progress line saying why (missing, stale or corrupt) and that it is rebuilt.
     */
    public Optional<Path> open(String name, Key key, Consumer<String> progress) {
        Path dir = root.resolve(name);
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            progress.accept("cache: " + name + " not built yet; building it (" + dir + ")");
            return Optional.empty();
        }
        try {
            Manifest m = JSON.readValue(manifestFile.toFile(), Manifest.class);
            if (m.files() == null || !m.matches(key)) {
                progress.accept("cache: " + name + " is stale (its inputs, code or model changed); rebuilding it");
                return Optional.empty();
            }
            Path data = dir.resolve(DATA);
            try (Stream<Path> s = Files.list(data)) {
                if (s.count() != m.files().size()) {
                    progress.accept("cache: " + name + " is corrupt (files added or missing); rebuilding it");
                    return Optional.empty();
                }
            }
            for (Map.Entry<String, String> f : m.files().entrySet()) {
                Path file = data.resolve(f.getKey());
                if (!Files.isRegularFile(file) || !Fingerprint.ofFile(file).equals(f.getValue())) {
                    progress.accept("cache: " + name + " is corrupt (" + f.getKey() + " fails its checksum); rebuilding it");
                    return Optional.empty();
                }
            }
            return Optional.of(data);
        } catch (IOException | RuntimeException e) {
            progress.accept("cache: " + name + " is unreadable (" + e.getMessage() + "); rebuilding it");
            return Optional.empty();
        }
    }

    /**
     * Writes cache {@code name} built from {@code key} with {@code writer}, replacing any older one.
     *
     * @return whether it was stored (false after a progress line saying why)
     */
    public boolean store(String name, Key key, Writer writer, Consumer<String> progress) {
        Path tmp = null;
        try {
            Files.createDirectories(root);
            tmp = Files.createTempDirectory(root, "." + name + "-");
            Path data = Files.createDirectory(tmp.resolve(DATA));
            writer.write(data);
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> s = Files.list(data)) {
                for (Path f : s.toList()) {
                    files.put(f.getFileName().toString(), Fingerprint.ofFile(f));
                }
            }
            Manifest m = new Manifest(name, key.format(), key.inputs(), key.code(), key.model(),
                    Instant.now().toString(), files);
            JSON.writeValue(tmp.resolve(MANIFEST).toFile(), m);
            replace(tmp, root.resolve(name));
            tmp = null;
            return true;
        } catch (IOException | RuntimeException e) {
            progress.accept("cache: cannot store " + name + " (" + e.getMessage() + "); it is rebuilt at the next start");
            return false;
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Moves the old folder aside, the new one into place, then deletes the old one. */
    private void replace(Path fresh, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = root.resolve("." + target.getFileName() + "-old-" + System.nanoTime());
            move(target, old);
        }
        move(fresh, target);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless: it is never opened
        }
    }
}
