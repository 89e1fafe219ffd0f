package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.credpath.engine.catalog.CredentialReader;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class CatalogCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.create();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String fixture(String name) throws Exception {
        return Path.of(CatalogCommandTest.class.getResource("/exchange/" + name).toURI()).toString();
    }

    @Test
    void validatePrintsLineNumberedIssuesAndCountsAndExitsOneOnErrors() throws Exception {
        int code = run("catalog", "validate", fixture("credentials_mixed.jsonl"));
        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains("credentials_mixed.jsonl:6: error: [record 4] field hours: must be a finite number >= 0")
                .contains("9 credentials read, 3 accepted, 5 warning(s), 5 error(s)");
    }

    @Test
    void validateJsonIsOneDocument() throws Exception {
        int code = run("catalog", "validate", "--type", "learners", "--json", fixture("learner.json"));
        assertThat(code).isZero();
        JsonNode doc = ExchangeJson.mapper().readTree(out.toString());
        assertThat(doc.get("accepted").asInt()).isEqualTo(1);
        assertThat(doc.get("errors").asInt()).isZero();
    }

    @Test
    void missingFileIsAClearUserError() {
        int code = run("catalog", "validate", dir.resolve("nope.jsonl").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("nope.jsonl: no such file").doesNotContain("Exception");
    }

    @Test
    void exportWritesTheBundledCatalogueThatValidatesStrictly() throws Exception {
        Path file = dir.resolve("catalog.jsonl.gz");
        int code = run("catalog", "export", "--out", file.toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode stats = ExchangeJson.mapper().readTree(out.toString());
        assertThat(stats.get("edxCostShare").asDouble()).isGreaterThanOrEqualTo(0.9);
        ReadResult<?> back = CredentialReader.read(file, ReadMode.STRICT);
        assertThat(back.issues()).isEmpty();
        assertThat(back.records()).hasSize(stats.get("credentials").asInt()).hasSizeGreaterThan(1_600);
    }

    @Test
    void exportRefusesAnOddFileName() {
        assertThat(run("catalog", "export", "--out", dir.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--out: expected a .jsonl or .jsonl.gz file name");
    }
}
