package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.credpath.engine.catalog.ExchangeJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** The must-show figures for {@code data check --json}, on the real shipped data. */
@Tag("slow")
class DataCheckCommandTest {

    @Test
    void reportsCountsAndJoinCoverageOnShippedData() {
        CommandLine cl = Cli.create();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("data", "check", "--json")).isZero();
        JsonNode d = ExchangeJson.mapper().readTree(out.toString());
        assertThat(d.get("escoOccupations").asInt()).isGreaterThanOrEqualTo(3000);
        assertThat(d.get("escoSkills").asInt()).isGreaterThanOrEqualTo(13000);
        assertThat(d.get("occupationSkillLinks").asInt()).isGreaterThanOrEqualTo(120000);
        assertThat(d.get("occupationsWithWage").asInt()).isGreaterThanOrEqualTo(1600);
        assertThat(d.get("labour").get("wageViaOnet").asInt()).isGreaterThanOrEqualTo(1500);
        int credentials = d.get("credentials").asInt();
        assertThat(credentials).isGreaterThanOrEqualTo(1600);
        assertThat(d.get("credentialsWithHours").asInt()).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * credentials));
        assertThat(d.get("edxCostShare").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(d.get("checksums").get("ok").asInt()).isGreaterThan(0);
        assertThat(d.get("checksums").path("mismatched").size()).as("mismatched checksums").isZero();
        assertThat(d.get("checksums").path("missing").size()).as("missing data files").isZero();
    }
}
