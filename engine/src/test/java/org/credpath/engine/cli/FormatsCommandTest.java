package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialReader;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;
import org.credpath.engine.formats.ctdl.CtdlReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code catalog import} and {@code pathway export} from the command line. */
class FormatsCommandTest {

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

    private static String sample(String name) throws Exception {
        return Path.of(FormatsCommandTest.class.getResource("/interop/ctdl/" + name).toURI()).toString();
    }

    @Test
    void ctdlImportWritesExchangeJsonl() throws Exception {
        Path target = dir.resolve("ctdl.jsonl");
        int code = run("catalog", "import", "--format", "ctdl", "--raw", "--json", "--out", target.toString(),
                sample("ra-certification-detailed-graph.json"), sample("xtra-wgu-mba-masterdegree.json"));
        assertThat(code).as(out + " " + err).isZero();
        JsonNode report = ExchangeJson.mapper().readTree(out.toString());
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.path("errors").size()).isZero(); // empty lists are left out of the report
        ReadResult<Credential> back = CredentialReader.read(target, ReadMode.STRICT);
        assertThat(back.errors()).isEmpty();
        assertThat(back.records()).extracting(Credential::title).contains("My Certification Name",
                "Master of Business Administration (MBA_201404)");
    }

    @Test
    void invalidCsvWritesNothingAndNamesRowAndField() throws Exception {
        Path csv = dir.resolve("feed.csv");
        Files.writeString(csv, "Course Name,Hrs\nCharts,4\nMaps,four\n", StandardCharsets.UTF_8);
        Path target = dir.resolve("out.jsonl");
        int code = run("catalog", "import", "--format", "csv", "--raw", "--column", "title=Course Name",
                "--column", "hours=Hrs", "--out", target.toString(), csv.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("error: " + csv + " row 2 (line 3): Hrs (hours): not a number")
                .contains("(nothing written)");
        assertThat(target).doesNotExist();
    }

    @Test
    void badMappingIsAUserError() {
        int code = run("catalog", "import", "--format", "csv", "--raw", "--column", "titel=Name", "--out",
                dir.resolve("o.jsonl").toString(), dir.resolve("x.csv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("'titel': not a credential field").doesNotContain("Exception");
    }

    /** The real planner over the bundled catalogue: ESCO, O*NET and BLS are loaded. */
    @Test
    @Tag("slow")
    void pathwayExportsPlannedPathwayAsCalendarAndCtdlThatImportsBack() throws Exception {
        Path learner = Path.of(FormatsCommandTest.class.getResource("/exchange/learner.json").toURI());
        Path ics = dir.resolve("plan.ics");
        int code = run("pathway", "export", "--learner", learner.toString(), "--format", "ical", "--start", "2027-01-04",
                "--out", ics.toString());
        assertThat(code).as(err.toString()).isZero();
        String text = Files.readString(ics);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20270104\r\n")
                .contains("at 6 hours a week"); // the learner's own pace
        Path jsonld = dir.resolve("p.jsonld");
        assertThat(run("pathway", "export", "--learner", learner.toString(), "--format", "ctdl", "--out",
                jsonld.toString())).isZero();
        assertThat(CtdlReader.read("", Files.readString(jsonld)).credentials()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.id()).doesNotStartWith("ctdl:")); // Credpath ids come back
    }
}
