package org.credpath.engine.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.engine.data.DataFiles;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@code models/completion/}: the model, provenance.json and metrics.json. */
public final class CompletionArtifacts {

    public static final String ID = "completion";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Data checksums, seed, options, commit, Java version and date of a trained model. */
    public record Provenance(String model, String trainer, String chosen, List<String> candidates,
                             Map<String, String> dataSha256, long seed, CompletionTrainer.Options options,
                             List<String> features, String gitCommit, String javaVersion, String createdAt,
                             String command) {
    }

    /**
     * Held-out figures. {@code auc}/{@code brier} are the shipped model's; {@code baselineAuc} is
     * the baseline logistic regression on studentInfo columns, {@code previousAuc} the first shipped
     * model; {@code heldOut} has every line with its reliability table, {@code validation} the
     * candidates compared for the model choice.
     */
    public record Metrics(String data, String chosen, double auc, double brier, double baselineAuc,
                          double baselineBrier, double previousAuc, double previousBrier, double referenceAuc,
                          int fitRows, int validationRows, int testRows, int testStudents,
                          double testCompletionRate, List<HeldOutFigures> heldOut,
                          List<CompletionTrainer.CandidateScore> validation, Map<String, Double> featureImportance) {
    }

    private CompletionArtifacts() {
    }

    public static void write(Path dir, Map<String, Path> data, CompletionTrainer.Options o,
                             CompletionTrainer.Result r, String gitCommit) throws IOException {
        Files.createDirectories(dir);
        r.model().save(dir.resolve(TrainedCompletionModel.FILE));
        Map<String, String> sums = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : data.entrySet()) {
            sums.put(e.getKey(), DataFiles.sha256(e.getValue()));
        }
        Provenance prov = new Provenance(ID, "Smile 6.3.0 (" + r.chosen() + ", PlattScaling)", r.chosen(),
                r.candidates().stream().map(CompletionTrainer.CandidateScore::candidate).toList(), sums,
                o.seed(), o, CompletionFeatures.NAMES, gitCommit, Runtime.version().toString(),
                Instant.now().toString(), "./credpath train completion --seed " + o.seed());
        JSON.writeValue(dir.resolve("provenance.json").toFile(), prov);
        JSON.writeValue(dir.resolve("metrics.json").toFile(), metrics(r));
    }

    static Metrics metrics(CompletionTrainer.Result r) {
        Map<String, Double> imp = new LinkedHashMap<>();
        List<Double> values = r.model().importance();
        for (int i = 0; i < values.size(); i++) {
            imp.put(CompletionFeatures.NAMES.get(i), round(values.get(i)));
        }
        List<HeldOutFigures> lines = List.of(r.baseline(), r.previous(), r.uncalibrated(), r.fitOnlyCalibrated(), r.shipped(),
                r.protectedReference(), r.sameFeatureLogistic()).stream().map(CompletionArtifacts::rounded).toList();
        List<CompletionTrainer.CandidateScore> val = r.candidates().stream()
                .map(c -> new CompletionTrainer.CandidateScore(c.candidate(), round(c.validationAuc()),
                        round(c.validationBrier()))).toList();
        return new Metrics("real: OULAD studentInfo (+ courses/assessments/vle subsets), "
                + r.testStudents() + " held-out students (seeded 20%)", r.chosen(),
                round(r.shipped().auc()), round(r.shipped().brier()), round(r.baseline().auc()),
                round(r.baseline().brier()), round(r.previous().auc()), round(r.previous().brier()),
                round(r.protectedReference().auc()), r.fitRows(), r.validationRows(), r.testRows(),
                r.testStudents(), round(r.testCompletionRate()), lines, val, imp);
    }

    private static HeldOutFigures rounded(HeldOutFigures f) {
        return new HeldOutFigures(f.model(), round(f.auc()), round(f.brier()), f.reliability().stream()
                .map(b -> new HeldOutFigures.ReliabilityBin(b.from(), b.to(), b.rows(), round(b.meanPredicted()),
                        round(b.observedRate()))).toList());
    }

    public static Metrics readMetrics(Path dir) {
        return JSON.readValue(dir.resolve("metrics.json").toFile(), Metrics.class);
    }

    /** The shipped model, or empty when none was trained yet. */
    public static Optional<CompletionModel> load(Path dir) throws IOException {
        Path f = dir.resolve(TrainedCompletionModel.FILE);
        return Files.exists(f) ? Optional.of(TrainedCompletionModel.load(f)) : Optional.empty();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
