package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.credpath.api.auth.KeySpec;
import org.credpath.api.bench.HttpLoad;
import org.credpath.api.bench.SoakLoad;
import org.credpath.api.bench.SoakMix;
import org.credpath.api.service.RecommendationResult;
import org.credpath.api.service.Services;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.KeyType;
import org.credpath.engine.catalog.Credential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak's open-loop driver and traffic mix against a server with test doubles (no engine). */
class SoakLoadTest {

    static SoakMix mix() {
        List<String> ids = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add("l-" + i);
            docs.add("{\"id\":\"l-" + i + "\",\"skills\":[\"SQL\"],\"hoursPerWeek\":" + (3 + i) + "}");
        }
        return new SoakMix(List.of("{\"learner\":{\"skills\":[\"SQL\"]},\"k\":3}"), ids, docs, List.of("data", "sql queries"),
                List.of("a", "b"), 7);
    }

    @Test
    void theMixIsSeededPerRequestAndHasTheDocumentedShares() {
        SoakMix m = mix();
        assertThat(m.apply(12345)).isEqualTo(mix().apply(12345));
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            kinds.merge(m.apply(i).kind(), 1, Integer::sum);
        }
        assertThat(kinds.get("recommend") / 20_000.0).isBetween(0.58, 0.62);
        assertThat(kinds.get("search") / 20_000.0).isBetween(0.14, 0.16);
        assertThat(kinds.get("get-learner") / 20_000.0).isBetween(0.09, 0.11);
        assertThat(kinds.get("put-learner") / 20_000.0).isBetween(0.09, 0.11);
        assertThat(kinds.get("post-event") / 20_000.0).isBetween(0.04, 0.06);
    }

    @Test
    void sendsTheScheduledRequestsAndCountsThemPerIntervalAndKind(@TempDir Path dir) {
        Services services = Services.none()
                .withCatalog(new InMemoryCatalog(List.of(Credential.of("a", "Data A"), Credential.of("b", "SQL B"))))
                .withRecommendations((tenant, requestId, learner, k, filters) ->
                        new RecommendationResult(requestId, "test", "1", List.of(), List.of()));
        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir), services)) {
            String key = app.issue("acme", new KeySpec(KeyType.TENANT, "soak", List.of(), 1_000_000, 100_000)).secret();
            SoakMix m = mix();
            for (int i = 0; i < m.learnerIds().size(); i++) {
                assertThat(app.put("/v1/learners/" + m.learnerIds().get(i), key, m.learnerBodies().get(i)).status())
                        .isEqualTo(201);
            }
            HttpLoad http = new HttpLoad(URI.create("http://127.0.0.1:" + app.server.port() + "/"), key);
            SoakLoad.Result r = new SoakLoad(http, 4).run(m, 40, 3, 1, new PrintStream(OutputStream.nullOutputStream()));

            assertThat(r.firstError()).isNull();
            assertThat(r.requests()).isEqualTo(120);
            assertThat(r.errors()).isZero();
            assertThat(r.serverErrors()).isZero();
            assertThat(r.skipped()).isZero();
            assertThat(r.intervals()).hasSize(3);
            assertThat(r.intervals().stream().mapToLong(SoakLoad.Interval::requests).sum()).isEqualTo(120);
            assertThat(r.intervals()).allSatisfy(i -> {
                assertThat(i.requests()).isEqualTo(40);
                assertThat(i.p50Ms()).isPositive().isLessThanOrEqualTo(i.p99Ms());
                assertThat(i.heapUsedMb()).isPositive();
            });
            assertThat(r.kinds()).extracting(SoakLoad.KindCount::kind)
                    .containsExactly("get-learner", "post-event", "put-learner", "recommend", "search");
            assertThat(r.kinds().stream().mapToLong(SoakLoad.KindCount::requests).sum()).isEqualTo(120);
            assertThat(r.latency().count()).isEqualTo(120);
            long stored = app.db.inTransaction(c -> {
                try (var rs = c.createStatement().executeQuery("select count(*) from events")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(stored).isEqualTo(r.kinds().stream().filter(k -> k.kind().equals("post-event")).findFirst().orElseThrow().requests());
        }
    }

    @Test
    void failuresAndServerErrorsAreCounted(@TempDir Path dir) {
        Services failing = Services.none().withRecommendations((tenant, requestId, learner, k, filters) -> {
            throw new IllegalStateException("boom");
        });
        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir), failing)) {
            String key = app.issue("acme", new KeySpec(KeyType.TENANT, "soak", List.of(), 1_000_000, 100_000)).secret();
            HttpLoad http = new HttpLoad(URI.create("http://127.0.0.1:" + app.server.port() + "/"), key);
            SoakLoad.Result r = new SoakLoad(http, 2).run(
                    i -> i % 2 == 0 ? HttpLoad.Call.post("recommend", "/v1/recommendations", "{\"learner\":{\"skills\":[\"x\"]}}")
                            : HttpLoad.Call.get("missing", "/v1/learners/nobody"),
                    20, 1, 1, new PrintStream(OutputStream.nullOutputStream()));
            assertThat(r.requests()).isEqualTo(20);
            assertThat(r.serverErrors()).isEqualTo(10);
            assertThat(r.errors()).isEqualTo(20);
            assertThat(r.firstError()).containsAnyOf("recommend: 500", "missing: 404");
        }
    }

    @Test
    void rateAndShareAreExclusiveAndChecked() {
        picocli.CommandLine cl = Main.commandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        assertThat(cl.execute("bench", "soak", "--rate", "10", "--capacity-share", "0.5")).isEqualTo(1);
        assertThat(err.toString()).contains("--rate and --capacity-share: give one or the other");
        assertThat(cl.execute("bench", "soak", "--minutes", "0")).isEqualTo(1);
        assertThat(err.toString()).contains("--minutes: must be in (0, 1440], got 0.0");
    }
}
