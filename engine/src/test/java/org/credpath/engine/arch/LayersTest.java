package org.credpath.engine.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's layers, read from its main sources: every reference to another engine package
 * (import or fully qualified name, javadoc included) must point to a lower layer; packages of one
 * layer do not reference each other; nothing references the api module. Lowest first:
 * <pre>
 *  0 data
 *  1 catalog
 *  2 catalog.bundled, events, learner, text
 *  3 labour, returns, index, formats
 *  4 skills, text.semantic
 *  5 index.bundled, gap, bench
 *  6 rank, plan
 *  7 recommend, team
 *  8 eval
 *  9 simulate
 * 10 cli
 * </pre>
 * A package's module is its longest listed prefix ({@code labour.esco} belongs to {@code labour}).
 */
class LayersTest {

    static final Map<String, Integer> LAYERS = new LinkedHashMap<>();

    static {
        layer(0, "data", "cache");
        layer(1, "catalog");
        layer(2, "catalog.bundled", "events", "learner", "text");
        layer(3, "labour", "returns", "index", "formats");
        layer(4, "skills", "text.semantic");
        layer(5, "index.bundled", "gap", "bench");
        layer(6, "rank", "plan");
        layer(7, "recommend", "team");
        layer(8, "eval");
        layer(9, "simulate");
        layer(10, "cli");
    }

    private static void layer(int level, String... modules) {
        for (String m : modules) {
            LAYERS.put(m, level);
        }
    }

    static final Path SOURCES = Path.of("src/main/java/org/credpath/engine");
    private static final Pattern REFERENCE = Pattern.compile("org\\.credpath\\.(engine|api)((?:\\.[a-z][a-z0-9_]*)+)");

    /** One reference from a source file to a package. */
    record Reference(Path file, String from, String to) {
    }

    static List<Reference> references;

    @BeforeAll
    static void read() throws IOException {
        references = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String from = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                String text = Files.readString(f).replaceFirst("(?m)^package [^;]+;", "");
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    String to = m.group(1).equals("api") ? "api" : m.group(2).substring(1);
                    references.add(new Reference(f, from, to));
                }
            }
        }
    }

    /** The module of an engine package (longest listed prefix), or null when none is listed. */
    static String module(String pkg) {
        return LAYERS.keySet().stream().filter(m -> pkg.equals(m) || pkg.startsWith(m + "."))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    /** A reference ends at a class or member name (e.g. {@code index.SearchRequest}): keep the package part. */
    static String packageOf(String dotted) {
        String module = module(dotted);
        return module == null ? dotted : module;
    }

    @Test
    void sourcesWereRead() {
        assertThat(references).as("engine sources under " + SOURCES.toAbsolutePath()).hasSizeGreaterThan(500);
    }

    @Test
    void everyEnginePackageHasALayer() throws IOException {
        List<String> unlisted = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            dirs.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES))
                    .map(d -> SOURCES.relativize(d).toString().replace('/', '.'))
                    .filter(p -> module(p) == null).forEach(unlisted::add);
        }
        assertThat(unlisted).as("packages with no layer: add them to LAYERS").isEmpty();
    }

    @Test
    void theEngineNeverReferencesTheApi() {
        assertThat(references.stream().filter(r -> r.to().equals("api")).map(r -> r.file() + " -> org.credpath.api"))
                .isEmpty();
    }

    @Test
    void referencesOnlyRunDownTheLayers() {
        assertThat(upward(references)).as("references that do not run down the layers").isEmpty();
    }

    static List<String> upward(List<Reference> refs) {
        List<String> upward = new ArrayList<>();
        for (Reference r : refs) {
            if (r.to().equals("api")) {
                continue;
            }
            String from = module(r.from());
            String to = module(packageOf(r.to()));
            if (to == null || from.equals(to)) {
                continue;
            }
            int a = LAYERS.get(from);
            int b = LAYERS.get(to);
            if (b >= a) {
                upward.add(SOURCES.relativize(r.file()) + ": " + from + " (layer " + a + ") -> " + to + " (layer " + b
                        + ")");
            }
        }
        return upward.stream().distinct().toList();
    }

    @Test
    void theRuleCatchesUpwardAndSidewaysReferences() {
        Path f = SOURCES.resolve("eval/X.java");
        assertThat(upward(List.of(new Reference(f, "eval", "cli")))).containsExactly(
                "eval/X.java: eval (layer 8) -> cli (layer 10)");
        assertThat(upward(List.of(new Reference(f, "rank", "plan")))).hasSize(1);
        assertThat(upward(List.of(new Reference(f, "labour.esco", "labour.bls"), new Reference(f, "recommend", "rank"),
                new Reference(f, "skills", "index")))).isEmpty();
        assertThat(upward(List.of(new Reference(f, "index", "index.bundled")))).hasSize(1);
    }
}
