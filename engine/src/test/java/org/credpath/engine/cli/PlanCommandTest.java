package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class PlanCommandTest {

    @TempDir
    Path dir;

    private String run(String learnerJson) throws IOException {
        Path f = dir.resolve("learner.json");
        Files.writeString(f, learnerJson);
        CommandLine cl = Cli.create();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("plan", "--learner", f.toString());
        assertThat(code).isEqualTo(1);
        return err.toString();
    }

    @Test
    void negativeBudgetIsAClearError() throws IOException {
        assertThat(run("{\"id\":\"l\",\"currentOccupation\":\"nurse\",\"budgetUsd\":-5,\"hoursPerWeek\":5}"))
                .contains("budgetUsd").contains("-5").doesNotContain("Exception");
    }

    @Test
    void zeroHoursIsAClearError() throws IOException {
        assertThat(run("{\"id\":\"l\",\"currentOccupation\":\"nurse\",\"hoursPerWeek\":0}"))
                .contains("hoursPerWeek").doesNotContain("Exception");
    }

    @Test
    void deadlineInThePastIsAClearError() throws IOException {
        assertThat(run("{\"id\":\"l\",\"currentOccupation\":\"nurse\",\"hoursPerWeek\":5,\"deadlineWeeks\":-2}"))
                .contains("deadlineWeeks").doesNotContain("Exception");
    }

    @Test
    void missingFileIsAClearError() {
        CommandLine cl = Cli.create();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("plan", "--learner", dir.resolve("nope.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.json: no such file");
    }
}
