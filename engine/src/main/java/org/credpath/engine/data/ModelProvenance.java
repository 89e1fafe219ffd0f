package org.credpath.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one {@code provenance.json} shape of every trained model (ranker, skill embeddings, skill
 * premium, completion), written next to the model: what was trained and how to reproduce it.
 *
 * @param model       the model's kind ({@code dl4j-listwise-mlp}, {@code skill-embeddings}, ...)
 * @param trainer     the learning method and library
 * @param command     the command that reproduces it
 * @param data        every input, with its SHA-256
 * @param seed        the random seed
 * @param options     the training options as written by the trainer
 * @param libraries   versions of the libraries that trained it, by name (empty when the file predates this record)
 * @param javaVersion the JVM's version
 * @param gitCommit   the code's commit ({@link GitCommit}, {@code -dirty} with uncommitted changes)
 * @param createdAt   when it was trained (ISO-8601 instant)
 * @param metrics     headline figures, by name (the full figures are in {@code metrics.json} beside it)
 * @param details     model-specific facts (the completion model's candidates and features, ...), or null
 */
public record ModelProvenance(String model, String trainer, String command, List<DataFile> data, long seed,
                              JsonNode options, Map<String, String> libraries, String javaVersion, String gitCommit,
                              String createdAt, Map<String, Double> metrics, JsonNode details) {

    /** The file name, in the model's folder. */
    public static final String FILE = "provenance.json";

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** One input: a path relative to the Credpath home (or a name for data built in memory) and its SHA-256. */
    public record DataFile(String path, String sha256) {
        public DataFile {
            Objects.requireNonNull(path, "data.path");
            if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("data: '" + path + "' needs a SHA-256 (64 lowercase hex digits), got "
                        + sha256);
            }
        }
    }

    public ModelProvenance {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model: required");
        }
        data = List.copyOf(Objects.requireNonNullElse(data, List.of()));
        details = details == null || details.isNull() || details.isMissingNode() ? null : details;
        libraries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(libraries, Map.of())));
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(metrics, Map.of())));
    }

    /**
     * The provenance of a model trained now: the given inputs with their checksums, the commit of the
     * repository at {@code root}, this JVM, the current time and the versions of {@code libraries}
     * (names in {@code libraries.properties}).
     */
    public static ModelProvenance create(String model, String trainer, String command, List<DataFile> data, long seed,
                                         Object options, List<String> libraries, Path root, Map<String, Double> metrics,
                                         Object details) {
        return new ModelProvenance(model, trainer, command, data, seed, JSON.valueToTree(options), versions(libraries),
                System.getProperty("java.version"), GitCommit.of(root), Instant.now().toString(), metrics,
                details == null ? null : JSON.valueToTree(details));
    }

    /** A data file by its path relative to {@code root}, with its SHA-256. */
    public static DataFile file(Path root, Path file) {
        Path rel = file.isAbsolute() ? root.toAbsolutePath().relativize(file) : file;
        return new DataFile(rel.toString().replace('\\', '/'), DataFiles.sha256(root.resolve(rel)));
    }

    /** A named input (e.g. a simulated file, possibly outside the home), with its SHA-256. */
    public static DataFile named(String name, Path file) {
        return new DataFile(name, DataFiles.sha256(file));
    }

    /** Writes {@value #FILE} into {@code dir}. */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve(FILE).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@value #FILE} from {@code dir}. */
    public static ModelProvenance read(Path dir) {
        try {
            return JSON.readValue(dir.resolve(FILE).toFile(), ModelProvenance.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(dir.resolve(FILE) + ": not a model provenance: " + e.getMessage(), e);
        }
    }

    /** Versions of the named libraries as built ({@code libraries.properties}); unknown names are refused. */
    static Map<String, String> versions(List<String> names) {
        Properties p = new Properties();
        try (InputStream in = ModelProvenance.class.getResourceAsStream("libraries.properties")) {
            if (in == null) {
                throw new IllegalStateException("libraries.properties missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            String v = p.getProperty(n);
            if (v == null) {
                throw new IllegalArgumentException("libraries: unknown library '" + n + "'; known: " + p.stringPropertyNames());
            }
            out.put(n, v);
        }
        return out;
    }
}
