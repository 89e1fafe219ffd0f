package org.credpath.engine.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.credpath.engine.catalog.ExchangeJson;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.core.JacksonException;

/**
 * The simulator's ceiling for the eval protocol, written by {@code credpath simulate} as
 * {@code oracle.json} beside {@code events.jsonl}: for every learner's last enrol, the catalogue
 * minus held credentials ranked by the simulator's own noise-free utility for that learner at that
 * moment. Not a model: it knows the choice model, which no product can.
 *
 * @param description what the figures are
 * @param choiceModel the simulator's choice model (v1, v2)
 * @param logging     the simulator's logging policy (mixed, ranked)
 * @param learners    learners with at least one enrol (the eval's held-out learners)
 * @param metrics     the oracle's figures under the eval protocol
 */
@JsonPropertyOrder({"description", "choiceModel", "logging", "learners", "metrics"})
public record SimulationOracle(String description, String choiceModel, String logging, int learners,
        ModelMetrics metrics) {

    /** The file name beside {@code events.jsonl}. */
    public static final String FILE = "oracle.json";

    /** The name of the oracle row in eval reports. */
    public static final String ROW = "oracle";

    public SimulationOracle {
        if (learners < 0 || metrics == null) {
            throw new IllegalArgumentException("oracle needs learners >= 0 and metrics, got " + learners);
        }
    }

    public void write(Path folder) throws IOException {
        Files.writeString(folder.resolve(FILE),
                ExchangeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }

    /** The oracle beside {@code eventsFile}, when the simulator wrote one. */
    public static Optional<SimulationOracle> besideEvents(Path eventsFile) {
        Path parent = eventsFile.toAbsolutePath().getParent();
        Path file = parent == null ? null : parent.resolve(FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExchangeJson.mapper().readValue(file.toFile(), SimulationOracle.class));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not a valid oracle file: " + e.getOriginalMessage(), e);
        }
    }
}
