package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.ModelProvenance;
import org.credpath.engine.eval.EvalData;
import org.credpath.engine.eval.RankingFiles;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.rank.Dl4jOptions;
import org.credpath.engine.rank.Dl4jRanker;
import org.credpath.engine.rank.Dl4jTrainer;
import org.credpath.engine.rank.FeatureSetup;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.rank.PositionBias;
import org.credpath.engine.simulate.ChoiceModel;
import org.credpath.engine.simulate.Simulation;
import org.credpath.engine.simulate.SimulationOptions;
import org.credpath.engine.skills.CataloguePreparation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code credpath train ranker}: trains the DL4J ranker from events; writes models/<id>/. */
@Command(name = "ranker", mixinStandardHelpOptions = true,
        description = "Train the DL4J listwise ranker (position-bias corrected) from feedback events.")
public final class TrainRankerCommand implements Callable<Integer> {

    @Mixin
    RankingFileOptions files;

    @Option(names = "--simulate", description = "Instead of files: simulate this many learners (choice model v1,"
            + " seed --seed) into a temporary folder (deleted afterwards) and train on them.")
    Integer simulate;

    @Option(names = "--id", defaultValue = "ranker-default", description = "Model id: writes models/<id>/ (default ${DEFAULT-VALUE}).")
    String id;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "" + Dl4jOptions.DEFAULT_EPOCHS,
            description = "Most epochs (early stopping on 10 %% of the lists; default ${DEFAULT-VALUE}).")
    int epochs;

    @Override
    public Integer call() throws IOException {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("--id must be lower-case letters, digits and '-', got '" + id + "'");
        }
        options(); // bad options fail before any data is read or simulated
        CredpathHome home = CredpathHome.locate();
        if (simulate == null) {
            RankingFiles input = files.files("train ranker").orElseThrow(() -> new IllegalArgumentException(
                    "give --events, --learners and --catalog (or --simulate N)"));
            return train(home, input, "--events " + input.events() + " --learners " + input.learners() + " --catalog "
                    + input.catalog());
        }
        if (!files.none()) {
            throw new IllegalArgumentException("give either --simulate N or --events/--learners/--catalog, not both");
        }
        SimulationOptions simulation = SimulationOptions.of(simulate, seed, ChoiceModel.V1);
        return inTemporaryFolder("credpath-sim-", dir -> {
            Simulation.write(home, simulation, null, dir, m -> System.err.println("train ranker: simulate: " + m));
            return train(home, RankingFiles.inFolder(dir), "--simulate " + simulate);
        });
    }

    /** Work that needs a scratch folder. */
    @FunctionalInterface
    interface FolderWork {
        int run(Path dir) throws IOException;
    }

    /** Runs {@code work} in a new temporary folder and deletes the folder afterwards, also when the work throws. */
    static int inTemporaryFolder(String prefix, FolderWork work) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        try {
            return work.run(dir);
        } finally {
            deleteTree(dir);
        }
    }

    private int train(CredpathHome home, RankingFiles input, String source) throws IOException {
        Dl4jOptions options = options();
        Esco esco = EscoLoader.load(home);
        EvalData data = input.load(CataloguePreparation.load(home, esco, System.err::println));
        System.err.printf("train ranker: %d events (%d unknown learner, %d unknown credential: skipped)%n",
                data.events().size(), data.unknownLearnerEvents(), data.unknownCredentialEvents());
        FeatureSetup setup = FeatureSetup.build(data.catalogue(), data.learners(), data.events(),
                OccupationSkills.of(esco), LearnerSignals.shipped(home));
        PositionBias bias = PositionBias.estimate(setup.sessions(), options.listSize());
        long t0 = System.nanoTime();
        Dl4jRanker ranker = new Dl4jTrainer(options).train(setup.extractor().featureNames(), setup.sessions(), bias,
                e -> System.err.println("train ranker: epoch " + e + "/" + options.epochs()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path dir = home.models().resolve(id);
        ranker.save(dir);
        List<ModelProvenance.DataFile> inputs = List.of(ModelProvenance.named("catalog", input.catalog()),
                ModelProvenance.named("learners", input.learners()), ModelProvenance.named("events", input.events()));
        String command = "./credpath train ranker " + source + " --id " + id + " --seed " + seed + " --epochs " + epochs;
        JsonMapper json = JsonMapper.builder().build();
        ModelProvenance.create("dl4j-listwise-mlp", "DL4J listwise MLP", command, inputs, options.seed(), options,
                List.of("deeplearning4j"), home.root(), Map.of("trainingSeconds", Math.round(seconds * 10) / 10.0), null)
                .write(dir);
        json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("metrics.json").toFile(),
                new TrainingMetrics(data.events().size(), setup.sessions().size(),
                        setup.sessions().stream().filter(s -> s.hasPositive()).count(), bias.propensity(), seconds,
                        simulate != null ? "simulated" : "events file " + input.events().getFileName()
                                + " (simulated or real: not recorded in the file)"));
        System.out.println("wrote " + dir);
        return 0;
    }

    private Dl4jOptions options() {
        return Dl4jOptions.defaults(seed).withEpochs(epochs);
    }

    /** Deletes a temporary folder and its files (called from finally: also when training failed). */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Training figures stored as metrics.json; ranking quality lives in regressions/ (eval). */
    record TrainingMetrics(int events, int sessions, long sessionsWithFeedback, double[] positionBias,
            double trainingSeconds, String data) {
    }
}
