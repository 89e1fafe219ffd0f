package org.credpath.engine.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.engine.data.ModelProvenance;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@code models/completion/}: the model, provenance.json and metrics.json. */
public final class CompletionArtifacts {

    public static final String ID = "completion";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The completion model's own facts in its provenance ({@link ModelProvenance#details}). */
    public record Details(String chosen, List<String> candidates, List<String> features) {
    }

    /**
     * Held-out figures. {@code auc}/{@code brier} are the shipped model's; {@code baselineAuc} is
     * the baseline logistic regression on studentInfo columns, {@code previousAuc} the first shipped
     * model; {@code heldOut} has every line with its reliability table, {@code validation} the
     * candidates compared for the model choice. {@code ece} is the shipped model's expected calibration error;
     * {@code sameFeatureLogistic*} the logistic regression on the shipped model's own features (same fit students,
     * same held-out split), the baseline the AUC target compares against.
     */
    public record Metrics(String data, String chosen, double auc, double brier, double ece,
                          double sameFeatureLogisticAuc, double sameFeatureLogisticBrier, double sameFeatureLogisticEce,
                          double baselineAuc,
                          double baselineBrier, double previousAuc, double previousBrier, double referenceAuc,
                          int fitRows, int validationRows, int testRows, int testStudents,
                          double testCompletionRate, List<HeldOutFigures> heldOut,
                          List<CompletionTrainer.CandidateScore> validation, Map<String, Double> featureImportance) {
    }

    private CompletionArtifacts() {
    }

    /** @param data inputs by their path relative to the Credpath home at {@code root} */
    public static void write(Path dir, Map<String, Path> data, CompletionTrainer.Options o,
                             CompletionTrainer.Result r, Path root) throws IOException {
        Files.createDirectories(dir);
        r.model().save(dir.resolve(TrainedCompletionModel.FILE));
        List<ModelProvenance.DataFile> files = data.entrySet().stream()
                .map(e -> ModelProvenance.named(e.getKey(), e.getValue())).toList();
        Map<String, Double> headline = new LinkedHashMap<>();
        headline.put("heldOutAuc", round(r.shipped().auc()));
        headline.put("heldOutBrier", round(r.shipped().brier()));
        headline.put("heldOutEce", round(r.shipped().ece()));
        headline.put("sameFeatureLogisticAuc", round(r.sameFeatureLogistic().auc()));
        headline.put("sameFeatureLogisticEce", round(r.sameFeatureLogistic().ece()));
        ModelProvenance.create(ID, "Smile (" + r.chosen() + ", PlattScaling)", "./credpath train completion --seed "
                + o.seed(), files, o.seed(), o, List.of("smile"), root, headline, new Details(r.chosen(),
                r.candidates().stream().map(CompletionTrainer.CandidateScore::candidate).toList(),
                CompletionFeatures.NAMES)).write(dir);
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
                round(r.shipped().auc()), round(r.shipped().brier()), round(r.shipped().ece()),
                round(r.sameFeatureLogistic().auc()), round(r.sameFeatureLogistic().brier()),
                round(r.sameFeatureLogistic().ece()), round(r.baseline().auc()),
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
