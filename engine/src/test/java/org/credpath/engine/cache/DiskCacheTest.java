package org.credpath.engine.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache folder is trusted only when its manifest matches the key and every file its checksum. */
class DiskCacheTest {

    private static final DiskCache.Key KEY = new DiskCache.Key(1, "inputs-a", "code-a", "model-a");

    @TempDir
    Path root;

    private final List<String> said = new ArrayList<>();

    private DiskCache storeOne() {
        DiskCache cache = new DiskCache(root);
        boolean stored = cache.store("thing", KEY, dir -> {
            Files.writeString(dir.resolve("a.txt"), "alpha");
            Files.writeString(dir.resolve("b.txt"), "beta");
        }, said::add);
        assertThat(stored).isTrue();
        return cache;
    }

    @Test
    void aMissingCacheIsReportedAndNotOpened() {
        assertThat(new DiskCache(root).open("thing", KEY, said::add)).isEmpty();
        assertThat(said).singleElement().asString().contains("thing not built yet");
    }

    @Test
    void aStoredCacheOpensWithItsFilesAndAManifestNamingItsProvenance() throws Exception {
        Optional<Path> dir = storeOne().open("thing", KEY, said::add);
        assertThat(dir).isPresent();
        assertThat(Files.readString(dir.get().resolve("a.txt"))).isEqualTo("alpha");
        String manifest = Files.readString(root.resolve("thing").resolve(DiskCache.MANIFEST));
        assertThat(manifest).contains("\"inputs\" : \"inputs-a\"", "\"code\" : \"code-a\"", "\"model\" : \"model-a\"",
                "\"a.txt\" : \"" + Fingerprint.ofFile(dir.get().resolve("a.txt")) + "\"");
        assertThat(said).isEmpty();
        try (var s = Files.list(root)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("thing");
        }
    }

    @Test
    void aChangeOfInputsCodeFormatOrModelMakesItStale() {
        DiskCache cache = storeOne();
        for (DiskCache.Key other : List.of(new DiskCache.Key(1, "inputs-b", "code-a", "model-a"),
                new DiskCache.Key(1, "inputs-a", "code-b", "model-a"), new DiskCache.Key(2, "inputs-a", "code-a", "model-a"),
                new DiskCache.Key(1, "inputs-a", "code-a", "model-b"))) {
            assertThat(cache.open("thing", other, said::add)).as("%s", other).isEmpty();
        }
        assertThat(said).hasSize(4).allMatch(l -> l.contains("thing is stale"));
    }

    @Test
    void aChangedMissingOrExtraFileMakesItCorrupt() throws Exception {
        DiskCache cache = storeOne();
        Path data = cache.open("thing", KEY, said::add).orElseThrow();
        Files.writeString(data.resolve("a.txt"), "alphA");
        assertThat(cache.open("thing", KEY, said::add)).isEmpty();
        assertThat(said).last().asString().contains("corrupt (a.txt fails its checksum)");

        storeOne();
        Files.delete(data.resolve("b.txt"));
        assertThat(cache.open("thing", KEY, said::add)).isEmpty();
        assertThat(said).last().asString().contains("corrupt");

        storeOne();
        Files.writeString(data.resolve("c.txt"), "stray");
        assertThat(cache.open("thing", KEY, said::add)).isEmpty();
        assertThat(said).last().asString().contains("corrupt (files added or missing)");
    }

    @Test
    void anUnreadableManifestIsReportedAndAStoreReplacesTheCache() throws Exception {
        DiskCache cache = storeOne();
        Files.writeString(root.resolve("thing").resolve(DiskCache.MANIFEST), "{ not json");
        assertThat(cache.open("thing", KEY, said::add)).isEmpty();
        assertThat(said).last().asString().contains("thing is unreadable");
        storeOne();
        assertThat(cache.open("thing", KEY, said::add)).isPresent();
    }

    @Test
    void aFailingWriterStoresNothingAndSaysSo() {
        DiskCache cache = new DiskCache(root);
        boolean stored = cache.store("thing", KEY, dir -> {
            Files.writeString(dir.resolve("a.txt"), "half");
            throw new java.io.IOException("disk full");
        }, said::add);
        assertThat(stored).isFalse();
        assertThat(said).singleElement().asString().contains("cannot store thing (disk full)");
        assertThat(cache.open("thing", KEY, s -> { })).isEmpty();
        assertThat(root.toFile().list()).isEmpty();
    }

    @Test
    void fingerprintsTellLengthsAndClassBytesApart() {
        assertThat(new Fingerprint().add("ab").add("c").hex()).isNotEqualTo(new Fingerprint().add("a").add("bc").hex());
        assertThat(new Fingerprint().addClasses(DiskCache.class).hex())
                .isEqualTo(new Fingerprint().addClasses(DiskCache.class).hex())
                .isNotEqualTo(new Fingerprint().addClasses(Fingerprint.class).hex());
    }
}
