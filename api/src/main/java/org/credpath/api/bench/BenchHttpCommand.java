package org.credpath.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.credpath.api.ApiOptions;
import org.credpath.api.ApiServer;
import org.credpath.api.auth.KeySpec;
import org.credpath.api.engine.EngineServices;
import org.credpath.engine.recommend.RecommenderOptions;
import org.credpath.api.http.ApiJson;
import org.credpath.api.store.Database;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.Tenant;
import org.credpath.api.store.TenantRepository;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.SearchMode;
import org.credpath.engine.index.SearchRequest;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.learner.Learner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credpath bench http}: starts the API in-process on a loopback port 0 (its own H2 database
 * in a temporary folder), sends {@code POST /v1/recommendations} for varied seeded learners with a
 * closed loop of client threads, and right after each run times a bare BM25 top-200 query on the
 * same index, single-threaded. Progress on stderr; the report on stdout.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = "HTTP throughput and latency of POST /v1/recommendations, against bare BM25 top-200 on the same index.")
public final class BenchHttpCommand implements Callable<Integer> {

    @Option(names = "--requests", defaultValue = "3000", description = "timed requests per run (default ${DEFAULT-VALUE})")
    int requests;
    @Option(names = "--seconds", defaultValue = "60", description = "time limit per run (default ${DEFAULT-VALUE})")
    double seconds;
    @Option(names = "--warmup", defaultValue = "1000", description = "untimed requests first (default ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--runs", defaultValue = "3", description = "timed runs; medians are reported (default ${DEFAULT-VALUE})")
    int runs;
    @Option(names = "--concurrency", defaultValue = "4", description = "client threads (default ${DEFAULT-VALUE})")
    int concurrency;
    @Option(names = "--learners", defaultValue = "500", description = "distinct learners (default ${DEFAULT-VALUE})")
    int learners;
    @Option(names = "--k", defaultValue = "10", description = "recommendations per request (default ${DEFAULT-VALUE})")
    int k;
    @Option(names = "--size", defaultValue = "0",
            description = "resample the catalogue to this many credentials (0 = the real catalogue; default ${DEFAULT-VALUE})")
    int size;
    @Option(names = "--model", description = "serving model (default: semantic-gap when it loads, else gap-coverage)")
    String model;
    @Option(names = "--seed", defaultValue = "7", description = "learners and resampling seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--candidates", description = "credentials the recommender retrieves and scores (default "
            + "the server's, 200)")
    Integer candidates;
    @Option(names = "--return-draws", description = "Monte Carlo draws per expected return of a shown item (default "
            + "the server's, 1000)")
    Integer returnDraws;
    @Option(names = "--compare", description = "no HTTP: compare the server's default recommender with --candidates/"
            + "--return-draws in-process on the same learners (answers and CPU per recommendation)")
    boolean compare;
    @Option(names = "--driver", defaultValue = "jdk", description = "load generator: jdk (HttpClient threads in this "
            + "JVM) or wrk (Debian's wrk, an external process; runs last --seconds each) (default ${DEFAULT-VALUE})")
    String driver;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    /** The request body. */
    record Body(Learner learner, int k) {
    }

    @Override
    public Integer call() throws IOException {
        validate();
        CredpathHome home = CredpathHome.locate();
        Path tmp = Files.createTempDirectory("credpath-bench-http");
        RecommenderOptions options = options();
        try (EngineServices engine = EngineServices.load(home, model, size, seed, options, System.err);
             Database db = Database.open(DatabaseConfig.embedded(tmp))) {
            if (compare) {
                List<Learner> pool = BenchLearners.generate(engine.market(), learners, seed);
                System.err.printf("bench http: comparing %s with %s on %d learners (no HTTP)%n",
                        RecommenderOptions.DEFAULTS, options, pool.size());
                OptionsComparison c = OptionsComparison.run(engine.recommender(RecommenderOptions.DEFAULTS),
                        RecommenderOptions.DEFAULTS, engine.services().recommendations().orElseThrow(), options, pool, k, runs);
                System.out.print(json ? ApiJson.responses().writeValueAsString(c) + "\n" : c.toString());
                return 0;
            }
            ApiServer server = ApiServer.create(db, engine.services(), ApiOptions.defaults(), System::nanoTime)
                    .start("127.0.0.1", 0);
            try {
                HttpBenchReport report = measure(engine, server, db, tmp);
                System.out.print(json ? ApiJson.responses().writeValueAsString(report) + "\n" : report.toString());
            } finally {
                server.stop();
            }
        } finally {
            deleteTree(tmp);
        }
        return 0;
    }

    private HttpBenchReport measure(EngineServices engine, ApiServer server, Database db, Path tmp) {
        new TenantRepository(db).create(new Tenant("bench", "bench", OffsetDateTime.now(ZoneOffset.UTC)));
        String key = server.keys().issue("bench", new KeySpec(KeyType.TENANT, "bench http", List.of(), 1_000_000,
                100_000)).secret();
        List<Learner> pool = BenchLearners.generate(engine.market(), learners, seed);
        List<String> bodies = pool.stream().map(l -> ApiJson.mapper().writeValueAsString(new Body(l, k))).toList();
        List<String> queries = pool.stream().map(l -> bm25Query(engine.market(), l)).toList();
        CatalogIndex index = engine.catalog().shipped().index();
        URI target = URI.create("http://127.0.0.1:" + server.port() + "/v1/recommendations");
        HttpLoad load = new HttpLoad(target, key);
        WrkLoad wrk = isWrk() ? new WrkLoad(target, key, bodies, tmp) : null;
        System.err.printf("bench http: warming up (%d requests, %d BM25 queries)%n", warmup, warmup);
        HttpLoad.Result w = load.run(bodies, 0, Math.max(1, warmup), seconds, concurrency);
        if (w.errors() > 0) {
            throw new IllegalStateException("bench http: warm-up requests failed, e.g. " + w.firstError());
        }
        bm25(index, queries, warmup);
        List<HttpBenchReport.Run> out = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            HttpLoad.Result res = wrk != null ? wrk.run(warmup + r * requests, seconds, concurrency)
                    : load.run(bodies, warmup + r * requests, requests, seconds, concurrency);
            Latencies bm = bm25(index, queries, requests);
            System.err.printf("bench http: run %d of %d: %.0f req/s, p99 %.2f ms%n", r + 1, runs,
                    res.requestsPerSecond(), res.latency().p99Ms());
            out.add(new HttpBenchReport.Run(res, bm));
        }
        return new HttpBenchReport(engine.catalog().shipped().credentials().size(),
                engine.models().model().info().id(), isWrk() ? "wrk" : "jdk-httpclient", concurrency, learners, seed,
                out, HttpBenchReport.summarise(out));
    }

    /** The target occupation's essential skills the learner lacks, as words: what the recommender's BM25 side sees. */
    static String bm25Query(LabourMarket market, Learner l) {
        return market.essentialSkills(l.targetOccupation()).stream().filter(s -> !l.skills().contains(s.uri()))
                .limit(8).map(s -> s.preferredLabel()).reduce((a, b) -> a + " " + b).orElse("skills");
    }

    private static Latencies bm25(CatalogIndex index, List<String> queries, int n) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            SearchRequest req = SearchRequest.text(queries.get(i % queries.size()), 200, SearchMode.BM25);
            long t0 = System.nanoTime();
            index.search(req);
            nanos[i] = System.nanoTime() - t0;
        }
        return Latencies.of(nanos, n);
    }

    private RecommenderOptions options() {
        RecommenderOptions d = RecommenderOptions.DEFAULTS;
        return new RecommenderOptions(candidates == null ? d.candidates() : candidates,
                returnDraws == null ? d.returnDraws() : returnDraws);
    }

    private boolean isWrk() {
        return "wrk".equals(driver);
    }

    private void validate() {
        if (!"jdk".equals(driver) && !"wrk".equals(driver)) {
            throw new IllegalArgumentException("--driver: must be jdk or wrk, got " + driver);
        }
        if (isWrk() && !WrkLoad.available()) {
            throw new IllegalArgumentException("--driver wrk: no wrk on the PATH (Debian: apt-get install wrk)");
        }
        check("--requests", requests, 1, 1_000_000);
        check("--warmup", warmup, 0, 1_000_000);
        check("--runs", runs, 1, 20);
        check("--concurrency", concurrency, 1, 64);
        check("--learners", learners, 1, 100_000);
        check("--k", k, 1, 1000);
        check("--size", size, 0, 2_000_000);
        // RecommenderOptions' own ranges, checked here so the message names the option (and before the temp folder)
        if (candidates != null) {
            check("--candidates", candidates, 10, 1000);
        }
        if (returnDraws != null) {
            check("--return-draws", returnDraws, 100, 1_000_000);
        }
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("--seconds: must be in (0, 3600], got " + seconds);
        }
    }

    private static void check(String name, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + ": must be " + min + ".." + max + ", got " + v);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
