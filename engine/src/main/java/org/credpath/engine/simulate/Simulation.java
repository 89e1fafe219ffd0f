package org.credpath.engine.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.credpath.engine.catalog.CredentialReader;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.skills.CataloguePreparation;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.MetricAccumulator;
import org.credpath.engine.eval.SimulationOracle;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.labour.esco.SkillRelation;
import org.credpath.engine.rank.OccupationSkills;

/**
 * Runs a simulation and writes {@code learners.jsonl}, {@code events.jsonl}, {@code catalog.jsonl}
 * and the ceiling {@code oracle.json} ({@link SimulationOracle}) into a folder.
 */
public final class Simulation {

    /** What was written. */
    public record Summary(int learners, long events, int credentials, Path folder) {
    }

    private Simulation() {
    }

    /**
     * @param catalog catalogue JSONL to use, or {@code null} for the bundled Coursera listings
     */
    public static Summary write(CredpathHome home, SimulationOptions options, Path catalog, Path out,
            Consumer<String> progress) throws IOException {
        progress.accept("loading ESCO, crosswalks, OEWS and O*NET ...");
        Esco esco = EscoLoader.load(home);
        LabourWorld world = LabourWorld.load(home, esco);
        List<CourseraCatalog.Entry> entries = catalog == null ? CourseraCatalog.load(home, esco)
                : CataloguePreparation.load(home, esco, progress).prepare(CredentialReader.read(catalog, ReadMode.FILE)
                        .orThrow(), catalog.toString(), progress).stream().map(c -> new CourseraCatalog.Entry(c, 0)).toList();
        progress.accept(String.format("%d source occupations, %d credentials; simulating %d learners (seed %d, %s, %s"
                + " logging, search share %.2f)", world.occupations().size(), entries.size(), options.learners(),
                options.seed(), options.choiceModel().name(), loggingName(options), options.searchShare()));
        Files.createDirectories(out);
        long[] events = {0};
        LearnerSimulator simulator = new LearnerSimulator(world, OccupationSkills.of(esco), entries, options,
                goals(esco));
        try (BufferedWriter lw = writer(out, "learners.jsonl"); BufferedWriter ew = writer(out, "events.jsonl");
                BufferedWriter cw = writer(out, "catalog.jsonl")) {
            for (CourseraCatalog.Entry e : entries) {
                line(cw, ExchangeJson.toLine(e.credential()));
            }
            simulator.run(
                    l -> line(lw, ExchangeJson.toLine(l)),
                    e -> {
                        events[0]++;
                        line(ew, ExchangeJson.toLine(e));
                    },
                    n -> progress.accept(n + " learners"));
        }
        MetricAccumulator oracle = simulator.oracle();
        new SimulationOracle("whole catalogue minus held credentials ranked by the simulator's noise-free utility"
                + " at each learner's last enrol (a ceiling, not a model)", options.choiceModel().name(),
                loggingName(options), oracle.count(),
                oracle.summary(entries.size(), 1000, options.seed())).write(out);
        return new Summary(options.learners(), events[0], entries.size(), out);
    }

    /**
     * Simulates in memory over {@code catalogue} (e.g. the bundled catalogue as the planner prepares it; no
     * appeal term: every entry's review count is unknown), handing learners and events to the sinks. Used by
     * {@code eval returns} to find the credentials simulated learners earn.
     */
    public static void run(CredpathHome home, Esco esco, SimulationOptions options,
            List<org.credpath.engine.catalog.Credential> catalogue, Consumer<org.credpath.engine.learner.Learner> learners,
            Consumer<org.credpath.engine.events.Event> events, Consumer<String> progress) {
        List<CourseraCatalog.Entry> entries = catalogue.stream().map(c -> new CourseraCatalog.Entry(c, 0)).toList();
        new LearnerSimulator(LabourWorld.load(home, esco), OccupationSkills.of(esco), entries, options, goals(esco))
                .run(learners, events, n -> progress.accept(n + " learners"));
    }

    /** Goal words of a target occupation from its ESCO labels and its essential skills' labels (choice model v3). */
    static GoalText goals(Esco esco) {
        return new GoalText(uri -> {
            List<String> occ = esco.occupation(uri).map(o -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(o.preferredLabel()), o.altLabels().stream()).toList()).orElse(List.of());
            List<String> skills = esco.skillsOf(uri, SkillRelation.ESSENTIAL).stream().map(EscoSkill::preferredLabel)
                    .toList();
            return GoalText.goal(occ, skills);
        });
    }

    private static String loggingName(SimulationOptions o) {
        String name = o.logging().name().toLowerCase(java.util.Locale.ROOT);
        return o.searchShare() > 0 ? name + "+search " + o.searchShare() : name;
    }

    private static BufferedWriter writer(Path dir, String name) throws IOException {
        return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
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
