package org.credpath.engine.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@code models/completion/}: the model, provenance.json and metrics.json. */
public final class CompletionArtifacts {

    public static final String ID = "completion";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Data checksums, seed, options, commit, Java version and date of a trained model. */
    public record Provenance(String model, String trainer, String dataFile, String dataSha256, long seed,
                             CompletionTrainer.Options options, List<String> features, String gitCommit,
                             String javaVersion, String createdAt, String command) {
    }

    /** Held-out figures; {@code baselineAuc} is DESIGN's logistic regression on studentInfo columns. */
    public record Metrics(String data, double auc, double baselineAuc, int trainRows, int testRows,
                          int testStudents, double testCompletionRate, Map<String, Double> featureImportance) {
    }

    private CompletionArtifacts() {
    }

    public static void write(Path dir, Path data, CompletionTrainer.Options o, CompletionTrainer.Result r,
                             String gitCommit) throws IOException {
        Files.createDirectories(dir);
        r.model().save(dir.resolve(GbmCompletionModel.FILE));
        Provenance prov = new Provenance(ID, "smile.classification.GradientTreeBoost 6.3.0",
                "datasets/oulad_subset/" + data.getFileName(), org.credpath.engine.data.DataFiles.sha256(data),
                o.seed(), o, CompletionFeatures.NAMES, gitCommit, Runtime.version().toString(),
                Instant.now().toString(), "./credpath train completion --seed " + o.seed());
        Map<String, Double> imp = new LinkedHashMap<>();
        List<Double> values = r.model().importance();
        for (int i = 0; i < values.size(); i++) {
            imp.put(CompletionFeatures.NAMES.get(i), round(values.get(i)));
        }
        Metrics m = new Metrics("real: OULAD studentInfo, " + r.testStudents() + " held-out students (seeded 20%)",
                round(r.auc()), round(r.baselineAuc()), r.trainRows(), r.testRows(), r.testStudents(),
                round(r.testCompletionRate()), imp);
        JSON.writeValue(dir.resolve("provenance.json").toFile(), prov);
        JSON.writeValue(dir.resolve("metrics.json").toFile(), m);
    }

    public static Metrics readMetrics(Path dir) {
        return JSON.readValue(dir.resolve("metrics.json").toFile(), Metrics.class);
    }

    /** The shipped model, or empty when none was trained yet. */
    public static java.util.Optional<CompletionModel> load(Path dir) throws IOException {
        Path f = dir.resolve(GbmCompletionModel.FILE);
        return Files.exists(f) ? java.util.Optional.of(GbmCompletionModel.load(f)) : java.util.Optional.empty();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
