package org.credpath.api.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The api module keeps HTTP only, read from its main sources: it never touches search or machine
 * learning libraries (that is the engine's work, behind {@code org.credpath.engine.recommend} and
 * friends), and its HTTP side ({@code routes}, {@code http}, {@code service}, {@code auth},
 * {@code store}, {@code metrics}) sees the engine only through the service seams, never the
 * adapters in {@code org.credpath.api.engine}.
 */
class ApiLayersTest {

    static final Path SOURCES = Path.of("src/main/java/org/credpath/api");
    static final Pattern ML_OR_SEARCH = Pattern.compile(
            "\\b(org\\.apache\\.lucene|org\\.nd4j|org\\.deeplearning4j|smile|ml\\.dmlc)\\.[a-z]");
    static final Pattern ADAPTERS = Pattern.compile("\\borg\\.credpath\\.api\\.engine\\b");
    static final List<String> HTTP_SIDE = List.of("routes", "http", "service", "auth", "store", "metrics");

    static List<String> offending(Path root, Pattern pattern, List<String> onlyUnder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = root.relativize(f).toString();
                if (!onlyUnder.isEmpty() && onlyUnder.stream().noneMatch(d -> rel.startsWith(d + "/"))) {
                    continue;
                }
                String text = Files.readString(f).replaceFirst("(?m)^package [^;]+;", "");
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    out.add(rel + ": " + m.group());
                }
            }
        }
        return out;
    }

    @Test
    void apiNeverTouchesSearchOrMachineLearningLibraries() throws IOException {
        assertThat(Files.isDirectory(SOURCES)).as(SOURCES.toAbsolutePath().toString()).isTrue();
        assertThat(offending(SOURCES, ML_OR_SEARCH, List.of())).isEmpty();
    }

    @Test
    void httpSideSeesOnlyTheServiceSeams() throws IOException {
        assertThat(offending(SOURCES, ADAPTERS, HTTP_SIDE)).isEmpty();
    }

    @Test
    void theRulesMatchWhatTheyForbid(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("routes"));
        Files.writeString(dir.resolve("routes/A.java"), "package x;\nimport org.apache.lucene.search.Query;\n"
                + "import org.credpath.api.engine.IndexedCatalog;\n");
        Files.writeString(dir.resolve("B.java"), "package x;\nimport smile.regression.GradientTreeBoost;\n");
        assertThat(offending(dir, ML_OR_SEARCH, List.of())).hasSize(2);
        assertThat(offending(dir, ADAPTERS, HTTP_SIDE)).containsExactly("routes/A.java: org.credpath.api.engine");
    }
}
