package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.credpath.engine.catalog.ExchangeJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** {@code credpath recommend}: argument errors name the option; the JSON answer has the HTTP shape. */
class RecommendCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.create().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    Path learner(String json) throws Exception {
        Path f = dir.resolve("learner.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void kOutOfRangeIsRefusedNamingTheOption() throws Exception {
        Run r = run("recommend", "--learner", learner("{\"id\":\"a\"}").toString(), "--k", "0");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--k").contains("1..1000");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownTypeAndDeliveryAreRefusedNamingTheOption() throws Exception {
        Path f = learner("{\"id\":\"a\"}");
        Run t = run("recommend", "--learner", f.toString(), "--type", "spaceship");
        assertThat(t.code()).isNotZero();
        assertThat(t.err()).contains("--type").contains("spaceship");
        Run d = run("recommend", "--learner", f.toString(), "--delivery", "pigeon");
        assertThat(d.code()).isNotZero();
        assertThat(d.err()).contains("--delivery").contains("pigeon");
        Run h = run("recommend", "--learner", f.toString(), "--max-hours", "-3");
        assertThat(h.err()).contains("--max-hours");
    }

    @Test
    void malformedLearnerFileIsRefusedNamingTheFile() throws Exception {
        Path f = learner("{\"id\":\"a\", \"hoursPerWeek\": \"many\"");
        Run r = run("recommend", "--learner", f.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(f.toString());
        assertThat(r.err()).doesNotContain("\tat org.");
    }

    @Test
    @Tag("slow")
    void jsonAnswerRanksUnheldCredentialsWithReturnsAndExplanations() throws Exception {
        Path f = learner("""
                {"id":"l-1","skills":["SQL","spreadsheet software"],"currentOccupation":"data entry clerk",
                 "targetOccupation":"data analyst","budgetUsd":2000,"hoursPerWeek":8,"deadlineWeeks":52,
                 "heldCredentials":["coursera:google-data-analytics"]}""");
        Run r = run("recommend", "--learner", f.toString(), "--k", "5", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode answer = ExchangeJson.mapper().readTree(r.out());
        JsonNode items = answer.get("items");
        assertThat(items.size()).isEqualTo(5);
        Set<String> ids = new HashSet<>();
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode item : items) {
            String id = item.get("credentialId").asString();
            assertThat(ids.add(id)).as("duplicate %s", id).isTrue();
            assertThat(id).isNotEqualTo("coursera:google-data-analytics");
            double score = item.get("score").asDouble();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
            assertThat(item.get("explanation").size()).isPositive();
        }
        assertThat(items.get(0).get("expectedReturn").get("medianUsd").isNumber()).isTrue();
        assertThat(answer.get("model").asString()).isNotBlank();
        assertThat(answer.get("requestId").asString()).isEqualTo("cli-1");
        assertThat(answer.get("warnings").isArray()).isTrue();

        Run text = run("recommend", "--learner", f.toString(), "--k", "2");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains(" 1. ").contains(" 2. ").contains("expected return");
    }
}
