package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class EvalTaggerCommandTest {

    @TempDir
    Path dir;

    /** The least score tunes the encoder tagger only: asked of the label tagger it is refused, not ignored. */
    @Test
    void minScoreWithoutTheEncoderTaggerIsRefused() {
        CommandLine cl = Cli.create();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        Path out = dir.resolve("tags.jsonl");
        assertThat(cl.execute("eval", "tagger", "--out", out.toString(), "--min-score", "0.7")).isEqualTo(1);
        assertThat(err.toString()).contains("--min-score").contains("--encoder");
        assertThat(out).doesNotExist();
    }
}
