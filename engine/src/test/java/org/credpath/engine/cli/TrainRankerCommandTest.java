package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class TrainRankerCommandTest {

    private static String errorOf(String... args) {
        CommandLine cl = Cli.create();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(args)).isEqualTo(1);
        return err.toString();
    }

    @Test
    void partialInputsNameWhatIsMissing() {
        assertThat(errorOf("train", "ranker", "--events", "e.jsonl"))
                .contains("missing: --catalog, --learners").doesNotContain("at org.");
    }

    @Test
    void simulateAndFilesTogetherAreRefused() {
        assertThat(errorOf("train", "ranker", "--simulate", "5", "--events", "e.jsonl"))
                .contains("not both").doesNotContain("at org.");
    }

    @Test
    void badEpochsAreRefusedBeforeAnythingIsSimulated() {
        assertThat(errorOf("train", "ranker", "--simulate", "5", "--epochs", "0"))
                .contains("epochs must be >= 1, got 0").doesNotContain("at org.");
    }

    @Test
    void temporaryFolderIsDeletedWhenTheWorkFails() {
        Path[] seen = new Path[1];
        assertThatThrownBy(() -> TrainRankerCommand.inTemporaryFolder("credpath-test-", dir -> {
            seen[0] = dir;
            Files.writeString(dir.resolve("events.jsonl"), "{}\n");
            throw new IllegalArgumentException("training failed");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("training failed");
        assertThat(seen[0]).isNotNull().doesNotExist();
    }

    @Test
    void temporaryFolderIsDeletedAfterSuccess() throws IOException {
        Path[] seen = new Path[1];
        int code = TrainRankerCommand.inTemporaryFolder("credpath-test-", dir -> {
            seen[0] = dir;
            Files.createDirectories(dir.resolve("sub"));
            Files.writeString(dir.resolve("sub").resolve("x.txt"), "x");
            return 7;
        });
        assertThat(code).isEqualTo(7);
        assertThat(seen[0]).doesNotExist();
    }
}
