package org.credpath.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionTest {

    private static final EvalReport REPORT = new EvalReport(10, Map.of(
            "dl4j", new ModelMetrics(0.30, 0.5, 0.25, 0.4, new double[] {0.28, 0.32})), 5, 0, 0);

    @Test
    void passesWithinToleranceAndFailsOnDrift(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("r.json");
        Files.writeString(f, """
                {"name":"t","description":"d","data":"simulated","steps":["./credpath eval ..."],
                 "expected":[{"model":"dl4j","metric":"ndcg@10","value":0.305,"tolerance":0.01},
                             {"model":"dl4j","metric":"mrr","value":0.20,"tolerance":0.01},
                             {"model":"popularity","metric":"mrr","value":0.1,"tolerance":0.01}]}
                """);
        Regression r = Regression.load(f);
        List<String> failures = r.check(REPORT);
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).contains("dl4j mrr = 0.2500, expected 0.2000");
        assertThat(failures.get(1)).contains("popularity: model missing");
        assertThat(RegressionTable.markdown(List.of(r))).contains("| t (simulated) | dl4j | 0.3050 |  | 0.2000 |  |");
    }

    @Test
    void servedFiguresAreCheckedAgainstTheServedProtocolOnly(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("served.json");
        Files.writeString(f, """
                {"name":"s","description":"d","data":"simulated","steps":["./credpath eval ... --model x"],
                 "expected":[{"model":"dl4j","metric":"ndcg@10","value":0.10,"tolerance":0.01,"protocol":"served"}]}
                """);
        Regression r = Regression.load(f);
        assertThat(r.check(REPORT)).containsExactly("dl4j (served): model missing from the report");
        ModelMetrics served = new ModelMetrics(0.105, 0.2, 0.1, 0.3, new double[] {0.09, 0.12});
        EvalReport withServed = REPORT.withServed(new ServedReport(10, 200, Map.of("dl4j",
                new ServedReport.Row(served, 1, 0))));
        assertThat(r.check(withServed)).isEmpty();
        EvalReport drifted = REPORT.withServed(new ServedReport(10, 200, Map.of("dl4j",
                new ServedReport.Row(new ModelMetrics(0.2, 0.2, 0.1, 0.3, new double[] {0.1, 0.3}), 0, 0))));
        assertThat(r.check(drifted)).containsExactly("dl4j (served) ndcg@10 = 0.2000, expected 0.1000 +/- 0.0100");
        assertThat(RegressionTable.markdown(List.of(r))).contains("| s (simulated) | dl4j (served) | 0.1000 |");
    }

    @Test
    void unknownProtocolIsRefusedByName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.json");
        Files.writeString(f, """
                {"name":"p","expected":[{"model":"dl4j","metric":"mrr","value":0.1,"tolerance":0.01,"protocol":"live"}]}
                """);
        assertThatThrownBy(() -> Regression.load(f)).hasMessageContaining("protocol").hasMessageContaining("live");
    }

    @Test
    void malformedFileIsAUserError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"expected\":[{\"model\":\"x\",\"metric\":\"mrr\",\"value\":1,\"tolerance\":-1}]}");
        assertThatThrownBy(() -> Regression.load(f)).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("tolerance");
        Files.writeString(f, "{not json");
        assertThatThrownBy(() -> Regression.load(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json");
    }
}
