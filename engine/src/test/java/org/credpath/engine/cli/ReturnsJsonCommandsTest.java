package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.credpath.engine.catalog.ExchangeJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The machine-readable outputs notebooks/returns.ipynb reads: {@code eval returns --json} and
 * {@code data wages --json}, on the real shipped data (a few sample learners only).
 */
@Tag("slow")
class ReturnsJsonCommandsTest {

    private static JsonNode run(String... args) {
        CommandLine cl = Cli.create();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute(args)).isZero();
        return ExchangeJson.mapper().readTree(out.toString());
    }

    private static List<Double> values(JsonNode array) {
        List<Double> v = new ArrayList<>();
        array.forEach(n -> v.add(n.asDouble()));
        return v;
    }

    @Test
    void evalReturnsJsonCarriesTheFiguresTheAnchorsAndTheDistributionsBehindThem() {
        JsonNode d = run("eval", "returns", "--learners", "12", "--seed", "7", "--earners", "80", "--min-earners", "2",
                "--json");
        JsonNode r = d.get("report");
        JsonNode dist = r.get("distributions");
        assertThat(d.get("sampleLearners").asInt()).isEqualTo(12);
        assertThat(d.get("anchors").get("moocMedianCompletion").asDouble()).isEqualTo(0.126);
        assertThat(d.get("anchors").get("brookingsFirstRelevant").asDouble()).isEqualTo(0.038);
        assertThat(r.get("learners").asInt()).isBetween(1, 12);
        List<Double> gains = values(dist.get("shortRelevantGainShares"));
        assertThat(gains).hasSize(r.get("shortRelevantPairs").asInt()).isNotEmpty();
        assertThat(dist.get("shortRelevantQuarterUsd").size()).isEqualTo(gains.size());
        Collections.sort(gains);
        double median = gains.size() % 2 == 1 ? gains.get(gains.size() / 2)
                : (gains.get(gains.size() / 2 - 1) + gains.get(gains.size() / 2)) / 2;
        assertThat(median).isCloseTo(r.get("medianShortRelevantGainShare").asDouble(), within(1e-12));
        assertThat(dist.get("pathwayGainShares").size()).isEqualTo(r.get("pathways").asInt());
        assertThat(dist.get("pathwayAnchorShares").size()).isEqualTo(r.get("pathways").asInt());
        assertThat(dist.get("onlineCompletionCounts").size())
                .isEqualTo((int) Math.round(1 / d.get("completionBinWidth").asDouble()));
        long online = 0;
        for (JsonNode n : dist.get("onlineCompletionCounts")) {
            online += n.asLong();
        }
        assertThat(online).isPositive().isLessThanOrEqualTo(r.get("pairs").asLong());
        assertThat(values(dist.get("learnerNotableRelevantShares"))).isNotEmpty().allMatch(x -> x >= 0 && x <= 1);

        // the BGI-style figure: credentials judged by their simulated earners
        JsonNode e = d.get("byEarners");
        assertThat(e.get("simulation").asString()).startsWith("simulated: 80 learners");
        assertThat(e.get("earners").asInt()).isBetween(1, 80);
        assertThat(e.get("pricedEarners").asInt()).isBetween(1, e.get("earners").asInt());
        assertThat(e.get("minEarners").asInt()).isEqualTo(2);
        List<Double> medians = values(e.get("credentialMedianGainShares"));
        assertThat(medians).hasSize(e.get("credentials").asInt()).isNotEmpty();
        assertThat(e.get("credentials").asInt()).isLessThanOrEqualTo(e.get("credentialsEarned").asInt());
        assertThat(e.get("completions").asInt()).isGreaterThanOrEqualTo(2 * e.get("credentials").asInt());
        long notable = medians.stream().filter(m -> m > 0.05).count();
        assertThat(e.get("notable").asLong()).isEqualTo(notable);
        assertThat(e.get("notableShare").asDouble()).isCloseTo((double) notable / medians.size(), within(1e-12));
    }

    @Test
    void dataWagesJsonListsEveryRouteAndTheWorstCasesLargestFirst() {
        JsonNode d = run("data", "wages", "--worst", "30", "--json");
        int priced = d.get("priced").asInt();
        assertThat(priced).isPositive().isLessThanOrEqualTo(d.get("occupations").asInt());
        int sum = 0;
        double shares = 0;
        for (JsonNode route : d.get("routes")) {
            sum += route.get("occupations").asInt();
            shares += route.get("shareOfPriced").asDouble();
        }
        assertThat(d.get("routes").size()).isEqualTo(4);
        assertThat(sum).isEqualTo(priced);
        assertThat(shares).isCloseTo(1.0, within(1e-9));
        JsonNode worst = d.get("worst");
        assertThat(worst.size()).isEqualTo(30);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode c : worst) {
            double ratio = c.get("ratio").asDouble();
            assertThat(ratio).isCloseTo(c.get("crosswalkMedian").asDouble() / c.get("titleMedian").asDouble(), within(1e-9));
            assertThat(Math.abs(Math.log(ratio))).isLessThanOrEqualTo(previous);
            previous = Math.abs(Math.log(ratio));
            assertThat(c.get("crosswalkCode").asString()).isNotEqualTo(c.get("titleCode").asString());
        }
    }
}
