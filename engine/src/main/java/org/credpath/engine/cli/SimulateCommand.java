package org.credpath.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.JsonLines;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.simulate.ChoiceModel;
import org.credpath.engine.simulate.CourseraCatalog;
import org.credpath.engine.simulate.LabourWorld;
import org.credpath.engine.simulate.LearnerSimulator;
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

    @Option(names = "--choice-model", defaultValue = "v1", description = "v1 or v2 (default ${DEFAULT-VALUE}).")
    String choiceModel;

    @Override
    public Integer call() throws IOException {
        SimulationOptions options = SimulationOptions.of(learners, seed, ChoiceModel.named(choiceModel));
        CredpathHome home = CredpathHome.locate();
        System.err.println("simulate: loading ESCO, crosswalks, OEWS and O*NET ...");
        Esco esco = EscoLoader.load(home);
        LabourWorld world = LabourWorld.load(home, esco);
        List<CourseraCatalog.Entry> entries = catalog == null ? CourseraCatalog.load(home, esco)
                : JsonLines.read(catalog, Credential.class).stream().map(c -> new CourseraCatalog.Entry(c, 0)).toList();
        System.err.printf("simulate: %d source occupations, %d credentials; simulating %d learners (seed %d, %s)%n",
                world.occupations().size(), entries.size(), learners, seed, options.choiceModel().name());
        Files.createDirectories(out);
        long[] events = {0};
        try (BufferedWriter lw = writer("learners.jsonl"); BufferedWriter ew = writer("events.jsonl");
                BufferedWriter cw = writer("catalog.jsonl")) {
            for (CourseraCatalog.Entry e : entries) {
                line(cw, ExchangeJson.toLine(e.credential()));
            }
            new LearnerSimulator(world, OccupationSkills.of(esco), entries, options).run(
                    l -> line(lw, ExchangeJson.toLine(l)),
                    e -> {
                        events[0]++;
                        line(ew, ExchangeJson.toLine(e));
                    },
                    n -> System.err.println("simulate: " + n + " learners"));
        }
        System.out.printf("wrote %d learners, %d events, %d credentials to %s%n", learners, events[0], entries.size(), out);
        return 0;
    }

    private BufferedWriter writer(String name) throws IOException {
        return Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8);
    }

    private static void line(BufferedWriter w, String json) {
        try {
            w.write(json);
            w.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
