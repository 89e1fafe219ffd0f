package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.EvalData;
import org.credpath.engine.eval.EvalOptions;
import org.credpath.engine.eval.EvalReport;
import org.credpath.engine.eval.RankingFiles;
import org.credpath.engine.eval.Tuning;
import org.credpath.engine.eval.TuningGrid;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.skills.CataloguePreparation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credpath eval tune}: compares the documented DL4J and LambdaMART settings on validation
 * learners split off ONE training simulation (never a test seed).
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Model selection on training learners only: split a simulation folder's learners into fit and",
                "validation learners, train every setting of the tuning grid on the fit learners, and report the eval",
                "metrics on the validation learners."})
public final class EvalTuneCommand implements Callable<Integer> {

    @Option(names = "--train-dir", required = true,
            description = "Training simulation folder (catalog.jsonl, learners.jsonl, events.jsonl).")
    Path trainDir;

    @Option(names = "--validation-share", defaultValue = "0.2",
            description = "Share of its learners used for validation (default ${DEFAULT-VALUE}).")
    double validationShare;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split, models and bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--round", defaultValue = "1", description = "Which tuning grid: 1 (broad) or 2 (refined); default ${DEFAULT-VALUE}.")
    int round;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        TuningGrid.round(round, seed, m -> { }); // a bad --round fails before any data is read
        CredpathHome home = CredpathHome.locate();
        Esco esco = EscoLoader.load(home);
        EvalData data = RankingFiles.inFolder(trainDir).load(CataloguePreparation.load(home, esco, System.err::println));
        Tuning.Split split = Tuning.split(data, validationShare, seed);
        var occupations = OccupationSkills.of(esco);
        var signals = LearnerSignals.shipped(home);
        EvalReport report = new Tuning(occupations, signals, EvalOptions.defaults(seed), m -> System.err.println("eval tune: " + m))
                .run(split, TuningGrid.round(round, seed, m -> System.err.println("eval tune: " + m)));
        if (json) {
            System.out.println(ExchangeJson.mapper().writeValueAsString(report));
        } else {
            EvalCommand.printTable(report);
        }
        return 0;
    }
}
