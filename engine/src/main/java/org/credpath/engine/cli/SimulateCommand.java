package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.simulate.LearnerChoice;
import org.credpath.engine.simulate.LoggingPolicy;
import org.credpath.engine.simulate.Simulation;
import org.credpath.engine.simulate.SimulationOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credpath simulate}: writes learners.jsonl, events.jsonl and catalog.jsonl of simulated learners. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate learners (real occupations, skills and targets) and their feedback events.")
public final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--learners", required = true, description = "Number of learners.")
    int learners;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--catalog", description = "Catalogue JSONL to use (default: the bundled Coursera 2023 listings).")
    Path catalog;

    @Option(names = "--choice-model", defaultValue = "v1", description = "v1, v2 or v3 (v3: the held-out two-stage learner, docs/ranking.md)"
            + " (default ${DEFAULT-VALUE}).")
    String choiceModel;

    @Option(names = "--logging", defaultValue = "mixed", description = "Logging policy: mixed (half heuristic, half"
            + " random, shuffled) or ranked (heuristic order with 2 exploration slots) (default ${DEFAULT-VALUE}).")
    String logging;

    @Option(names = "--search-share", defaultValue = "0", description = "Share of sessions in which the learner"
            + " searches (top of their own noisy utility) instead of opening the recommendations (default ${DEFAULT-VALUE}).")
    double searchShare;

    @Override
    public Integer call() throws IOException {
        SimulationOptions options = SimulationOptions.of(learners, seed, LearnerChoice.named(choiceModel),
                LoggingPolicy.named(logging), searchShare);
        Simulation.Summary s = Simulation.write(CredpathHome.locate(), options, catalog, out,
                m -> System.err.println("simulate: " + m));
        System.out.printf("wrote %d learners, %d events, %d credentials to %s%n", s.learners(), s.events(),
                s.credentials(), s.folder());
        return 0;
    }
}
