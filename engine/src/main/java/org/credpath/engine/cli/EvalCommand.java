package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.EvalData;
import org.credpath.engine.eval.EvalHarness;
import org.credpath.engine.eval.EvalOptions;
import org.credpath.engine.eval.EvalReport;
import org.credpath.engine.eval.HoldOut;
import org.credpath.engine.eval.ModelMetrics;
import org.credpath.engine.eval.RankingFiles;
import org.credpath.engine.eval.Regression;
import org.credpath.engine.eval.SavedModels;
import org.credpath.engine.eval.ServedProtocol;
import org.credpath.engine.eval.ServedReport;
import org.credpath.engine.eval.SimulationOracle;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.rank.Dl4jOptions;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.recommend.RecommenderOptions;
import org.credpath.engine.skills.CataloguePreparation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credpath eval}: the offline ranking protocols (docs/ranking.md). Whole catalogue: every
 * model (freshly trained, or saved ones with {@code --model}) ranks the whole catalogue minus held
 * credentials. Served (with {@code --model}): the same {@code Recommender} the API uses retrieves,
 * filters and ranks for each held-out learner.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalTitlesCommand.class, EvalTuneCommand.class, EvalJudgedCommand.class, EvalTaggerCommand.class,
        EvalReturnsCommand.class},
        description = {"Ranking: hide each learner's last enrol, rank the whole catalogue with every model, print metrics",
                "(needs --catalog, --learners, --events). With --model: score saved models without training, under",
                "the whole-catalogue protocol and as served (retrieve, filter, rank). Other checks are subcommands."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RankingFileOptions files;

    @Option(names = "--train-dir", description = "Train the learned models on another simulation's folder"
            + " (catalog.jsonl, learners.jsonl, events.jsonl) instead of the visible events.")
    Path trainDir;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of models and bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "" + Dl4jOptions.DEFAULT_EPOCHS,
            description = "DL4J most training epochs (early stopping; default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--hidden", defaultValue = "32", description = "DL4J first hidden layer units (default ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--max-weight", defaultValue = "2",
            description = "DL4J largest inverse-propensity weight; 1 = no position-bias correction (default ${DEFAULT-VALUE}).")
    double maxWeight;

    @Option(names = "--no-bias-correction", description = "Train DL4J without inverse-propensity weights (same as --max-weight 1).")
    boolean noBiasCorrection;

    @Option(names = "--model", description = "Score this saved model instead of training: a model folder"
            + " (with provenance.json) or the built-in 'gap-coverage'; repeatable. Adds the served protocol.")
    List<String> models = new ArrayList<>();

    @Option(names = "--verify", description = "Regression file (JSON): fail when a figure drifts beyond its tolerance.")
    Path verify;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    private EvalOptions options() {
        EvalOptions d = EvalOptions.defaults(seed);
        Dl4jOptions dl4j = d.dl4j().withEpochs(epochs).withHidden(hidden).withMaxWeight(noBiasCorrection ? 1 : maxWeight);
        return new EvalOptions(seed, d.resamples(), dl4j, d.lambdaMart(), d.gbmTrees());
    }

    /** Adds the simulator's oracle row when oracle.json sits beside the events and covers the same learners. */
    private EvalReport withOracle(EvalReport report, Path events) {
        var oracle = SimulationOracle.besideEvents(events);
        if (oracle.isEmpty()) {
            return report;
        }
        if (oracle.get().learners() != report.learners()) {
            System.err.printf("eval: oracle.json covers %d learners, this run %d: oracle row left out%n",
                    oracle.get().learners(), report.learners());
            return report;
        }
        System.err.println("eval: adding the simulator's oracle row (" + oracle.get().choiceModel() + ", "
                + oracle.get().logging() + " logging) from " + SimulationOracle.FILE);
        return report.withModel(SimulationOracle.ROW, oracle.get().metrics());
    }

    /** The plain-text results table (held-out learners, then one row per model; served rows after). */
    static void printTable(EvalReport report) {
        if (report.data() != null) {
            System.out.println("data: " + report.data());
        }
        System.out.printf("%d held-out learners, %d training sessions%n", report.learners(), report.trainingSessions());
        System.out.println(report.protocol());
        System.out.printf("%-28s %8s %9s %7s %8s  %s%n", "model", "ndcg@10", "recall@10", "mrr", "coverage", "ndcg@10 95% CI");
        report.models().forEach((name, m) -> row(name, m));
        if (report.served() != null) {
            System.out.println("served: the API's Recommender (retrieve, filter, rank), top " + report.served().k()
                    + " per learner; a hidden credential not in it is a miss");
            report.served().models().forEach((name, r) -> {
                row(name + " (served)", r.metrics());
                System.out.printf("%-28s %d empty answers (%d refused)%n", "", r.emptyAnswers(), r.refused());
            });
        }
    }

    private static void row(String name, ModelMetrics m) {
        System.out.printf("%-28s %8.4f %9.4f %7.4f %8.4f  [%.4f, %.4f]%n", name, m.ndcg10(), m.recall10(), m.mrr(),
                m.coverage(), m.ndcg10Ci95()[0], m.ndcg10Ci95()[1]);
    }

    /** Where the events came from, as far as the files say. */
    static String dataSource(RankingFiles input) {
        return SimulationOracle.besideEvents(input.events()).map(o -> "simulated (choice model " + o.choiceModel()
                + ", " + o.logging() + " logging; " + SimulationOracle.FILE + " beside the events), catalogue "
                + input.catalog().getFileName()).orElse("events file " + input.events().getFileName()
                + " (simulated or real: not stated in the files), catalogue " + input.catalog().getFileName());
    }

    /** Both protocols for the saved models: whole catalogue over the shared features, then served. */
    private EvalReport saved(CredpathHome home, RankingFiles input, EvalData data, EvalHarness harness) {
        try (SavedModels saved = SavedModels.load(home, data, input.catalog().toString(), models, System.err)) {
            EvalReport report = harness.runSaved(data, saved::wholeCatalogue);
            ServedReport served = new ServedProtocol(RecommenderOptions.DEFAULTS.candidates(),
                    m -> System.err.println("eval: " + m)).run(data, HoldOut.split(data.events()),
                            saved.served(RecommenderOptions.DEFAULTS), options());
            return report.withServed(served);
        }
    }

    @Override
    public Integer call() {
        if (files.none()) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        if (!(maxWeight >= 1)) {
            throw new IllegalArgumentException("--max-weight: must be >= 1 (1 = no position-bias correction), got "
                    + maxWeight);
        }
        if (!models.isEmpty() && trainDir != null) {
            throw new IllegalArgumentException("--model scores saved models without training: leave out --train-dir");
        }
        RankingFiles input = files.files("eval (or a subcommand, e.g. 'eval titles'; see 'credpath eval --help')")
                .orElseThrow();
        CredpathHome home = CredpathHome.locate();
        Esco esco = EscoLoader.load(home);
        CataloguePreparation preparation = CataloguePreparation.load(home, esco, System.err::println);
        EvalData data = input.load(preparation);
        EvalData train = trainDir == null ? null : RankingFiles.inFolder(trainDir).load(preparation);
        System.err.printf("eval: %d credentials, %d learners, %d events (%d naming unknown learners, %d unknown"
                + " credentials: skipped)%n", data.catalogue().size(), data.learners().size(), data.events().size(),
                data.unknownLearnerEvents(), data.unknownCredentialEvents());
        var occupations = OccupationSkills.of(esco);
        EvalHarness harness = new EvalHarness(occupations, LearnerSignals.shipped(home), options(),
                m -> System.err.println("eval: " + m));
        EvalReport report = models.isEmpty() ? harness.run(data, train) : saved(home, input, data, harness);
        report = withOracle(report, input.events()).withData(dataSource(input));
        if (json) {
            System.out.println(ExchangeJson.mapper().writeValueAsString(report));
        } else {
            printTable(report);
        }
        if (report.models().containsKey(SimulationOracle.ROW) && !json) {
            System.out.println("oracle = the simulator's noise-free utility (oracle.json beside the events): a ceiling,"
                    + " not a model");
        }
        if (verify != null) {
            var failures = Regression.load(verify).check(report);
            failures.forEach(f -> System.err.println("eval --verify: DRIFT " + f));
            if (!failures.isEmpty()) {
                throw new UserFacingException(failures.size() + " figure(s) drifted from " + verify);
            }
            System.err.println("eval --verify: all figures within tolerance of " + verify);
        }
        return 0;
    }
}
