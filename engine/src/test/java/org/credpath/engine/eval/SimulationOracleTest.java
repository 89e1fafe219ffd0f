package org.credpath.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationOracleTest {

    private static final ModelMetrics M = new ModelMetrics(0.4, 0.5, 0.3, 0.2, new double[] {0.35, 0.45});

    @Test
    void writtenOracleIsFoundBesideTheEventsAndAddedAsTheLastRow(@TempDir Path dir) throws IOException {
        new SimulationOracle("ceiling", "v1", "ranked", 7, M).write(dir);
        SimulationOracle read = SimulationOracle.besideEvents(dir.resolve("events.jsonl")).orElseThrow();
        assertThat(read.learners()).isEqualTo(7);
        assertThat(read.metrics().ndcg10()).isEqualTo(0.4);
        assertThat(read.metrics().ndcg10Ci95()).containsExactly(0.35, 0.45);

        EvalReport report = new EvalReport(7, Map.of("dl4j", M), 3, 0, 0).withModel(SimulationOracle.ROW, read.metrics());
        assertThat(report.models().keySet()).containsExactly("dl4j", "oracle");
    }

    @Test
    void noOracleFileMeansNoRow(@TempDir Path dir) {
        assertThat(SimulationOracle.besideEvents(dir.resolve("events.jsonl"))).isEmpty();
    }
}
