package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class EvalTitlesCommandTest {

    @Test
    void badHeldOutShareIsAUserErrorWithoutStackTrace() {
        CommandLine cl = Cli.create();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("eval", "titles", "--tune", "--held-out", "2");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--held-out must be in (0, 1), got 2.0").doesNotContain("at org.");
    }

    @Test
    void evalHelpListsTitlesSubcommand() {
        CommandLine cl = Cli.create();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("eval", "--help")).isZero();
        assertThat(out.toString()).contains("titles");
    }

    @Test
    void maxWeightBelowOneIsRefusedNotSilentlyTurnedIntoNoCorrection() {
        for (String bad : new String[] {"0.5", "-2", "NaN"}) {
            CommandLine cl = Cli.create();
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err));
            assertThat(cl.execute("eval", "--catalog", "c.jsonl", "--learners", "l.jsonl", "--events", "e.jsonl",
                    "--max-weight", bad)).isEqualTo(1);
            assertThat(err.toString()).contains("--max-weight: must be >= 1").contains(bad).doesNotContain("at org.");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> org.credpath.engine.rank.Dl4jOptions.defaults(1).withMaxWeight(0.5)).hasMessageContaining("0.5");
    }

    @Test
    void evalWithPartialInputsNamesWhatIsMissing() {
        CommandLine cl = Cli.create();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("eval", "--catalog", "catalog.jsonl")).isEqualTo(1);
        assertThat(err.toString()).contains("missing: --learners, --events").doesNotContain("at org.");
    }
}
