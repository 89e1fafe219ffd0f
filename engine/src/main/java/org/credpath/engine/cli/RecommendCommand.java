package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.PlanReport;
import org.credpath.engine.recommend.Recommendation;
import org.credpath.engine.recommend.RecommendEngine;
import org.credpath.engine.recommend.RecommendFilters;
import org.credpath.engine.recommend.RecommendRequest;
import org.credpath.engine.recommend.Recommendations;
import org.credpath.engine.recommend.RecommenderOptions;
import org.credpath.engine.recommend.ReturnSummary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code credpath recommend --learner FILE.json [--k 10] [--json]}: what to study next, ranked by the
 * serving model over the bundled catalogue, with expected return and explanation: the same
 * {@link org.credpath.engine.recommend.Recommender} (and so the same answer) as
 * {@code POST /v1/recommendations}, without a server.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Rank the bundled catalogue for a learner (as POST /v1/recommendations does).")
public final class RecommendCommand implements Callable<Integer> {

    /** The request id the JSON answer carries (the HTTP answer's {@code requestId}). */
    static final String REQUEST_ID = "cli-1";

    /** The HTTP answer's JSON settings: the exchange mapper, nulls left out, empty lists kept. */
    private static final JsonMapper ANSWERS = ExchangeJson.mapper().rebuild()
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL)).build();

    /** The JSON answer: {@code POST /v1/recommendations}' shape. */
    @JsonPropertyOrder({"requestId", "model", "modelVersion", "occupations", "items", "warnings"})
    record Answer(String requestId, String model, String modelVersion, Occupations occupations,
            List<Recommendation> items, List<String> warnings) {
        static Answer of(String requestId, Recommendations r) {
            return new Answer(requestId, r.model(), r.modelVersion(),
                    new Occupations(r.currentOccupation(), r.targetOccupation()), r.items(), r.warnings());
        }
    }

    /** How the learner's occupation texts were read (the HTTP answer's {@code occupations}). */
    record Occupations(PlanReport.OccupationRef current, PlanReport.OccupationRef target) {
    }

    @Option(names = "--learner", required = true, description = "Learner profile (JSON object; docs/formats.md).")
    Path learnerFile;

    @Option(names = "--k", defaultValue = "10", description = "How many credentials (1..1000). Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--type", description = "Only this credential type, e.g. course, specialization.")
    String type;

    @Option(names = "--delivery", description = "Only this delivery mode: online, blended, in-person"
            + " (default: the learner's accepted modes).")
    String delivery;

    @Option(names = "--max-hours", description = "At most this many hours.")
    Double maxHours;

    @Option(names = "--max-cost", description = "At most this cost in USD.")
    Double maxCost;

    @Option(names = "--model", description = "Serving model: a folder with provenance.json (e.g. models/ranker-default,"
            + " models/judged-ranker) or a built-in name ('semantic-gap[@weights]', 'semantic-gap:static',"
            + " 'gap-coverage'). Default: " + RecommendEngine.DEFAULT_MODEL + ".")
    String model;

    @Option(names = "--json", description = "One JSON document on stdout (the HTTP answer's shape).")
    boolean json;

    @Override
    public Integer call() {
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("--k: must be 1..1000, got " + k);
        }
        RecommendFilters filters = filters();
        Learner learner = CliInputs.learner(learnerFile);
        try (RecommendEngine engine = RecommendEngine.load(CredpathHome.locate(), model, System.err)) {
            Recommendations result = engine.recommender(RecommenderOptions.DEFAULTS).recommend(learner,
                    new RecommendRequest(k, filters, RecommendRequest.NO_SCOPE));
            result.warnings().forEach(w -> System.err.println("warning: " + w));
            if (json) {
                System.out.println(ANSWERS.writeValueAsString(Answer.of(REQUEST_ID, result)));
            } else {
                System.out.print(text(result));
            }
        }
        return 0;
    }

    RecommendFilters filters() {
        CredentialType t = type == null ? null : CredentialType.parse(type).orElseThrow(() ->
                new IllegalArgumentException("--type: unknown credential type '" + type + "'"));
        Delivery d = delivery == null ? null : Delivery.parse(delivery).orElseThrow(() ->
                new IllegalArgumentException("--delivery: unknown delivery '" + delivery
                        + "' (online, blended, in-person)"));
        if (maxHours != null && !(maxHours >= 0)) {
            throw new IllegalArgumentException("--max-hours: must be >= 0, got " + maxHours);
        }
        if (maxCost != null && !(maxCost >= 0)) {
            throw new IllegalArgumentException("--max-cost: must be >= 0, got " + maxCost);
        }
        return new RecommendFilters(t, maxHours, maxCost, d);
    }

    /** A numbered list: title, id, score, expected return and the explanation lines. */
    static String text(Recommendations r) {
        StringBuilder sb = new StringBuilder();
        sb.append("model ").append(r.model()).append(" (version ").append(r.modelVersion()).append(")\n");
        if (r.currentOccupation() != null) {
            sb.append("current occupation: ").append(r.currentOccupation().describe()).append('\n');
        }
        if (r.targetOccupation() != null) {
            sb.append("target occupation: ").append(r.targetOccupation().describe()).append('\n');
        }
        if (r.items().isEmpty()) {
            sb.append("no recommendations\n");
        }
        int rank = 1;
        for (Recommendation item : r.items()) {
            sb.append(String.format(Locale.ROOT, "%2d. %s  [%s]  score %.3f%n", rank++, item.title(),
                    item.credentialId(), item.score()));
            ReturnSummary er = item.expectedReturn();
            if (er != null) {
                sb.append(String.format(Locale.ROOT, "    expected return over %d years: median %,.0f USD"
                        + " (80%% interval %,.0f .. %,.0f), mean %,.0f%s%n", er.horizonYears(), er.medianUsd(),
                        er.p10Usd(), er.p90Usd(), er.meanUsd(), er.moveProbability() == null ? ""
                                : String.format(Locale.ROOT, ", chance of the move %.0f%% (%.0f%% without it)",
                                        100 * er.moveProbability(), 100 * er.moveProbabilityWithout())));
            }
            item.explanation().forEach(line -> sb.append("    - ").append(line).append('\n'));
        }
        return sb.toString();
    }
}
