package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code index} then {@code search} on a five-credential JSONL catalogue in a temporary index.
 * Slow: every command loads ESCO and the embeddings (a few seconds each).
 */
@Tag("slow")
class SearchCommandTest {

    @TempDir
    static Path dir;

    /** Exit code, stdout and stderr of one CLI run. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true));
            CommandLine cl = Cli.create();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    @BeforeAll
    static void index() throws URISyntaxException {
        Path fixture = Path.of(SearchCommandTest.class.getResource("/search/tiny_catalog.jsonl").toURI());
        Run r = run("index", "--catalog", fixture.toString(), "--index", dir.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"indexed\":5", "\"total\":5");
    }

    @Test
    void jsonResultsHaveIdTitleScoreAndSkills() {
        Run r = run("search", "python data", "--index", dir.toString(), "--json", "--k", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(r.out()).get("results");
        assertThat(results.size()).isBetween(1, 3);
        JsonNode top = results.get(0);
        assertThat(top.get("id").asString()).isEqualTo("t:python-data");
        assertThat(top.get("title").asString()).isEqualTo("Python for Data Analysis");
        assertThat(top.get("score").asDouble()).isPositive();
        assertThat(top.get("skills").size()).isPositive();
    }

    @Test
    void filtersAndModesFromTheCommandLine() {
        Run r = run("search", "python", "--index", dir.toString(), "--json", "--max-hours", "50", "--mode", "bm25");
        assertThat(r.out()).contains("t:python-data").doesNotContain("t:ml-cert");
        Run badge = run("search", "design", "--index", dir.toString(), "--type", "badge");
        assertThat(badge.exit()).as(badge.err()).isZero();
        assertThat(badge.out()).contains("t:design").doesNotContain("t:python-data");
        Run knn = run("search", "statistics with python", "--index", dir.toString(), "--mode", "knn", "--json");
        assertThat(knn.exit()).as(knn.err()).isZero();
        assertThat(knn.out()).contains("t:python-data");
    }

    @Test
    void badInputGetsOneClearLineAndExitOne() {
        for (String[] args : new String[][] {
            {"search", "", "--index", dir.toString()},
            {"search", "the of and", "--index", dir.toString(), "--mode", "bm25"},
            {"search", "x", "--index", dir.toString(), "--mode", "fuzzy"},
            {"search", "x", "--index", dir.toString(), "--type", "podcast"},
            {"search", "x", "--index", dir.toString(), "--k", "0"}}) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("credpath search: ").doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void hostileQueriesAnswer() {
        for (String q : new String[] {"AND ( title:python*", "数据分析 \"python", "python ".repeat(1500)}) {
            Run r = run("search", q, "--index", dir.toString(), "--json");
            assertThat(r.exit()).as(q).isIn(0, 1);
            assertThat(r.err()).as(q).doesNotContain("internal error", "\tat ");
        }
    }
}
