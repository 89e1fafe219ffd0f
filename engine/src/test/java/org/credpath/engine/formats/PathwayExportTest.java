package org.credpath.engine.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.formats.ctdl.CtdlReader;
import org.credpath.engine.formats.pathway.CtdlPathwayWriter;
import org.credpath.engine.formats.pathway.PathwayDocument;
import org.credpath.engine.formats.pathway.PathwayHtml;
import org.credpath.engine.formats.pathway.StudyPlan;
import org.credpath.engine.formats.pathway.StudyPlanCalendar;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pathway export: CTDL round trip (export -> import gives the same fields), HTML escaping, iCalendar rules. */
class PathwayExportTest {
    static final String HOSTILE = "<script>alert('x')</script> \u202Eevil\u200F & \"quoted\"";

    static final Credential FULL = new Credential("coursera:google-data-analytics", "Google Data Analytics", "Google",
            "Learn SQL, spreadsheets and Tableau.", null, "https://www.coursera.org/professional-certificates/google-data-analytics",
            CredentialType.PROFESSIONAL_CERTIFICATE, Level.INTRODUCTORY, 180.0, 294.0, Delivery.ONLINE, "en", null,
            List.of("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"), List.of("SQL", "Spreadsheet"),
            null, null, null, null, null);
    static final Credential COURSE = new Credential("edx:sql-basics", "SQL basics", "edX", null, null, null,
            CredentialType.COURSE, Level.INTERMEDIATE, 7.5, 0.0, Delivery.BLENDED, "es", null,
            List.of("http://data.europa.eu/esco/skill/25f0ea33-1e14-4ca9-ad5f-3e2a0e4a8a4d"), List.of(), null, null, null,
            null, null);
    static final Credential UNKNOWN = new Credential("x:hostile", HOSTILE, HOSTILE, "d".repeat(10_000), null,
            "javascript:alert(1)", CredentialType.SPECIALIZATION, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    static PathwayDocument pathway() {
        return new PathwayDocument("p-1", "Pathway to data analyst (cheapest)", "http://data.europa.eu/esco/occupation/x",
                "data analyst", List.of(new PathwayDocument.Step(FULL, 180.0, 294.0, "covers SQL"),
                        new PathwayDocument.Step(COURSE, 7.5, 0.0, null),
                        new PathwayDocument.Step(UNKNOWN, null, null, HOSTILE)), List.of("note " + HOSTILE));
    }

    @Test
    void ctdlPathwayRoundTripsEveryMappedField() {
        String jsonld = CtdlPathwayWriter.write(pathway());
        ImportResult back = CtdlReader.read("", jsonld);
        assertThat(back.credentials()).containsExactly(FULL, COURSE, UNKNOWN); // records: every field equal
        assertThat(back.recordsSkipped()).isEqualTo(4); // the Pathway and its three components
    }

    @Test
    void ctdlPathwayLinksComponentsInOrder() {
        JsonNode doc = JsonMapper.builder().build().readTree(CtdlPathwayWriter.write(pathway()));
        JsonNode graph = doc.get("@graph");
        JsonNode pw = graph.get(0);
        assertThat(pw.get("@type").asString()).isEqualTo("ceterms:Pathway");
        assertThat(pw.get("ceterms:hasPart")).hasSize(3);
        assertThat(pw.get("ceterms:hasDestinationComponent").get(0).asString()).isEqualTo("_:step-3");
        assertThat(graph.get(1).get("@type").asString()).isEqualTo("ceterms:CredentialComponent");
        assertThat(graph.get(1).get("ceterms:precedes").get(0).asString()).isEqualTo("_:step-2");
        assertThat(graph.get(2).get("@type").asString()).isEqualTo("ceterms:CourseComponent");
        assertThat(graph.get(1).get("ceterms:proxyFor").asString()).isEqualTo("_:credential-1");
        assertThat(graph.get(4).get("ceterms:ctid").asString()).matches("ce-[0-9a-f-]{36}");
        assertThat(CtdlPathwayWriter.write(pathway())).isEqualTo(CtdlPathwayWriter.write(pathway())); // stable CTIDs
    }

    @Test
    void htmlEscapesEveryTextAndLinksOnlyHttp() {
        String html = PathwayHtml.write(pathway(), LocalDate.of(2027, 1, 4), 10);
        assertThat(html).doesNotContain("<script>").doesNotContain("javascript:alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; \u202Eevil\u200F &amp; &quot;quoted&quot;")
                .contains("<a href=\"https://www.coursera.org/professional-certificates/google-data-analytics\">")
                .contains("<td>unknown</td>").contains("2027-01-04 to 2027-05-09");
        assertThat(html.split("<tr>", -1)).hasSize(5); // header + three steps
    }

    @Test
    void htmlTotalOfAPathwayWithUnknownCostsSaysSoAndNeverShowsZero() {
        assertThat(PathwayHtml.write(pathway(), null, 10)).contains("cost unknown for 1 of 3 step(s) (the priced steps"
                + " come to 294 USD)");
        PathwayDocument allUnknown = new PathwayDocument("p-2", "Pathway", null, null,
                List.of(new PathwayDocument.Step(UNKNOWN, null, null, null)), List.of());
        assertThat(PathwayHtml.write(allUnknown, null, 10)).contains("cost unknown for 1 of 1 step(s).")
                .doesNotContain("0 USD");
        PathwayDocument priced = new PathwayDocument("p-3", "Pathway", null, null,
                List.of(new PathwayDocument.Step(COURSE, 7.5, 0.0, null)), List.of());
        assertThat(PathwayHtml.write(priced, null, 10)).contains("0 USD cost");
    }

    @Test
    void studyPlanSchedulesStepsAtTheLearnersPace() {
        List<StudyPlan.Scheduled> plan = StudyPlan.schedule(pathway(), LocalDate.of(2027, 1, 4), 10);
        assertThat(plan.get(0).start()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(plan.get(0).end()).isEqualTo(LocalDate.of(2027, 5, 10)); // 180 h at 10 h/week = 126 days
        assertThat(plan.get(1).end()).isEqualTo(LocalDate.of(2027, 5, 16)); // 7.5 h -> ceil(5.25) = 6 days
        assertThat(plan.get(2).hoursKnown()).isFalse();
        assertThat(plan.get(2).end()).isEqualTo(plan.get(2).start().plusDays(StudyPlan.UNKNOWN_HOURS_DAYS));
    }

    @Test
    void icalendarFollowsRfc5545() {
        String ics = StudyPlanCalendar.write(pathway(), LocalDate.of(2027, 1, 4), 10, Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        String[] lines = ics.split("\r\n");
        assertThat(Arrays.stream(lines)).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DTSTART;VALUE=DATE:20270104\r\nDTEND;VALUE=DATE:20270510\r\n")
                .contains("SUMMARY:Step 1: Google Data Analytics\r\n")
                .contains("DTSTAMP:20261204T100000Z")
                .contains("UID:p-1-step-3@credpath")
                .contains("SUMMARY:Step 3: <script>alert('x')</script> \u202Eevil\u200F & \"quoted\"")
                .contains("Why: covers SQL\\nhttps://www.coursera.org")
                .contains("URL:https://www.coursera.org/professional-certificates/google-data-analytics")
                .doesNotContain("URL:javascript");
        assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(4);
    }

    @Test
    void foldingNeverSplitsACharacter() {
        Credential wide = Credential.of("x:wide", "é".repeat(100) + "語".repeat(50));
        PathwayDocument p = new PathwayDocument("p-2", "t", null, null, List.of(new PathwayDocument.Step(wide, 1.0, 1.0,
                "a,b;c\\d")), List.of());
        String ics = StudyPlanCalendar.write(p, LocalDate.of(2027, 1, 4), 5, Instant.EPOCH);
        for (String l : ics.split("\r\n")) {
            byte[] b = l.getBytes(StandardCharsets.UTF_8);
            assertThat(b.length).isLessThanOrEqualTo(75);
            assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo(l); // no broken UTF-8 sequence
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Step 1: " + "é".repeat(100) + "語".repeat(50)).contains("Why: a\\,b\\;c\\\\d");
    }
}
