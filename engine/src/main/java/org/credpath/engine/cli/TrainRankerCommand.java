package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.EvalData;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.rank.Dl4jOptions;
import org.credpath.engine.rank.Dl4jRanker;
import org.credpath.engine.rank.Dl4jTrainer;
import org.credpath.engine.rank.FeatureSetup;
import org.credpath.engine.rank.ModelProvenance;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.rank.PositionBias;
import org.credpath.engine.simulate.ChoiceModel;
import org.credpath.engine.simulate.Simulation;
import org.credpath.engine.simulate.SimulationOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code credpath train ranker}: trains the DL4J ranker from events; writes models/<id>/. */
@Command(name = "ranker", mixinStandardHelpOptions = true,
        description = "Train the DL4J listwise ranker (position-bias corrected) from feedback events.")
public final class TrainRankerCommand implements Callable<Integer> {

    @Option(names = "--events", description = "Events JSONL.")
    Path events;

    @Option(names = "--learners", description = "Learners JSONL.")
    Path learners;

    @Option(names = "--catalog", description = "Catalogue JSONL.")
    Path catalog;

    @Option(names = "--simulate", description = "Instead of files: simulate this many learners (choice model v1,"
            + " seed --seed) into a temporary folder and train on them.")
    Integer simulate;

    @Option(names = "--id", defaultValue = "ranker-default", description = "Model id: writes models/<id>/ (default ${DEFAULT-VALUE}).")
    String id;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "8", description = "Epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @Override
    public Integer call() throws IOException {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("--id must be lower-case letters, digits and '-', got '" + id + "'");
        }
        Dl4jOptions base = Dl4jOptions.defaults(seed);
        Dl4jOptions options = new Dl4jOptions(seed, epochs, base.hidden(), base.learningRate(), base.listSize(),
                base.listsPerBatch(), base.biasCorrection());
        CredpathHome home = CredpathHome.locate();
        String source = inputs(home);
        EvalData data = EvalData.load(catalog, learners, events);
        System.err.printf("train ranker: %d events (%d unknown learner, %d unknown credential: skipped)%n",
                data.events().size(), data.unknownLearnerEvents(), data.unknownCredentialEvents());
        FeatureSetup setup = FeatureSetup.build(data.catalogue(), data.learners(), data.events(),
                OccupationSkills.of(EscoLoader.load(home)), LearnerSignals.shipped(home));
        PositionBias bias = PositionBias.estimate(setup.sessions(), options.listSize());
        long t0 = System.nanoTime();
        Dl4jRanker ranker = new Dl4jTrainer(options).train(setup.extractor().featureNames(), setup.sessions(), bias,
                e -> System.err.println("train ranker: epoch " + e + "/" + options.epochs()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path dir = home.models().resolve(id);
        ranker.save(dir);
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("catalog", catalog);
        inputs.put("learners", learners);
        inputs.put("events", events);
        String command = "./credpath train ranker " + source + " --id " + id + " --seed " + seed + " --epochs " + epochs;
        JsonMapper json = JsonMapper.builder().build();
        json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("provenance.json").toFile(),
                ModelProvenance.of("dl4j-listwise-mlp", command, inputs, options, home.root()));
        json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("metrics.json").toFile(),
                new TrainingMetrics(data.events().size(), setup.sessions().size(),
                        setup.sessions().stream().filter(s -> s.hasPositive()).count(), bias.propensity(), seconds,
                        simulate != null ? "simulated" : "events file " + events.getFileName()
                                + " (simulated or real: not recorded in the file)"));
        if (simulate != null) {
            deleteTree(events.getParent());
        }
        System.out.println("wrote " + dir);
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    /** Resolves the three input files (simulating them when asked); returns the options naming them. */
    private String inputs(CredpathHome home) throws IOException {
        if (simulate != null) {
            if (events != null || learners != null || catalog != null) {
                throw new IllegalArgumentException("give either --simulate N or --events/--learners/--catalog, not both");
            }
            Path dir = java.nio.file.Files.createTempDirectory("credpath-sim-");
            Simulation.write(home, SimulationOptions.of(simulate, seed, ChoiceModel.V1), null, dir,
                    m -> System.err.println("train ranker: simulate: " + m));
            events = dir.resolve("events.jsonl");
            learners = dir.resolve("learners.jsonl");
            catalog = dir.resolve("catalog.jsonl");
            return "--simulate " + simulate;
        }
        if (events == null || learners == null || catalog == null) {
            throw new IllegalArgumentException("give --events, --learners and --catalog (or --simulate N)");
        }
        return "--events " + events + " --learners " + learners + " --catalog " + catalog;
    }

    /** Training figures stored as metrics.json; ranking quality lives in regressions/ (eval). */
    record TrainingMetrics(int events, int sessions, long sessionsWithFeedback, double[] positionBias,
            double trainingSeconds, String data) {
    }
}
