package org.credpath.api.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.credpath.api.ApiOptions;
import org.credpath.api.ApiServer;
import org.credpath.api.auth.KeySpec;
import org.credpath.api.engine.EngineServices;
import org.credpath.api.http.ApiJson;
import org.credpath.api.store.Database;
import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.Tenant;
import org.credpath.api.store.TenantRepository;
import org.credpath.engine.bench.BenchReports;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.learner.Learner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credpath bench soak}: the API in-process on a loopback port 0 (its own H2 database in a
 * temporary folder), its capacity measured briefly with the soak's own traffic mix in a closed loop
 * (or a rate given), then that mix sent open-loop at a share of it for a fixed time, reporting
 * failures, 5xx, latency per interval and the heap after a full GC at start and end.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Recommendations plus mixed reads and writes at 80 % of the measured capacity for --minutes:"
                + " 5xx, errors, p50/p99 per minute, heap after GC at start and end.")
public final class BenchSoakCommand implements Callable<Integer> {

    @Option(names = "--minutes", defaultValue = "10", description = "soak length (default ${DEFAULT-VALUE})")
    double minutes;
    @Option(names = "--rate", description = "requests per second; default: --capacity-share of the measured capacity")
    Double rate;
    @Option(names = "--capacity-share", description = "share of the measured capacity to send (default 0.8)")
    Double capacityShare;
    @Option(names = "--capacity-seconds", defaultValue = "30", description = "length of the capacity measurement (default ${DEFAULT-VALUE})")
    double capacitySeconds;
    @Option(names = "--concurrency", defaultValue = "2", description = "client threads of the capacity measurement (default ${DEFAULT-VALUE})")
    int concurrency;
    @Option(names = "--workers", defaultValue = "16", description = "sender threads of the soak (default ${DEFAULT-VALUE})")
    int workers;
    @Option(names = "--interval-seconds", defaultValue = "60", description = "report interval (default ${DEFAULT-VALUE})")
    double intervalSeconds;
    @Option(names = "--warmup", defaultValue = "500", description = "untimed requests first (default ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--learners", defaultValue = "500", description = "distinct learners (default ${DEFAULT-VALUE})")
    int learners;
    @Option(names = "--model", description = "serving model (default: semantic-gap when it loads, else gap-coverage)")
    String model;
    @Option(names = "--seed", defaultValue = "7", description = "learners and traffic seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    /** The body of {@code POST /v1/recommendations}. */
    record Body(Learner learner, int k) {
    }

    @Override
    public Integer call() throws IOException {
        validate();
        Path tmp = Files.createTempDirectory("credpath-bench-soak");
        try (EngineServices engine = EngineServices.load(CredpathHome.locate(), model, System.err);
             Database db = Database.open(DatabaseConfig.embedded(tmp))) {
            ApiServer server = ApiServer.create(db, engine.services(), ApiOptions.defaults(), System::nanoTime)
                    .start("127.0.0.1", 0);
            try {
                SoakReport report = soak(engine, server, db);
                System.out.print(json ? ApiJson.responses().writeValueAsString(report) + "\n" : report.toString());
            } finally {
                server.stop();
            }
        } finally {
            BenchHttpCommand.deleteTree(tmp);
        }
        return 0;
    }

    private SoakReport soak(EngineServices engine, ApiServer server, Database db) {
        new TenantRepository(db).create(new Tenant("soak", "soak", OffsetDateTime.now(ZoneOffset.UTC)));
        String key = server.keys().issue("soak", new KeySpec(KeyType.TENANT, "bench soak", List.of(), 1_000_000,
                100_000)).secret();
        HttpLoad http = new HttpLoad(URI.create("http://127.0.0.1:" + server.port() + "/"), key);
        SoakMix mix = mix(engine, http);
        String loadStart = BenchReports.loadAverage();
        System.err.printf("bench soak: warming up (%d requests)%n", warmup);
        HttpLoad.Result w = http.run(i -> mix.apply(-1 - i), Math.max(1, warmup), 600, concurrency);
        if (w.errors() > 0) {
            throw new IllegalStateException("bench soak: warm-up requests failed, e.g. " + w.firstError());
        }
        double capacity = -1;
        double target;
        if (rate != null) {
            target = rate;
        } else {
            System.err.printf("bench soak: measuring capacity (%d clients, %.0f s, closed loop)%n", concurrency,
                    capacitySeconds);
            HttpLoad.Result c = http.run(i -> mix.apply(-1_000_000 - i), (int) Math.ceil(capacitySeconds * 10_000),
                    capacitySeconds, concurrency);
            capacity = c.requestsPerSecond();
            target = Math.max(0.1, Math.round(capacity * share() * 10) / 10.0);
        }
        long heapStart = SoakLoad.heapUsedAfterGcMb();
        System.err.printf("bench soak: %.1f req/s for %.1f min (capacity %s)%n", target, minutes,
                capacity < 0 ? "not measured" : capacity + " req/s");
        SoakLoad.Result r = new SoakLoad(http, workers).run(mix, target, minutes * 60, intervalSeconds, System.err);
        long heapEnd = SoakLoad.heapUsedAfterGcMb();
        return new SoakReport(engine.catalog().shipped().credentials().size(), engine.models().model().info().id(),
                capacity, capacity < 0 ? null : share(), minutes, loadStart, BenchReports.loadAverage(), heapStart,
                heapEnd, heapEnd - heapStart, Runtime.getRuntime().maxMemory() / (1024 * 1024), r);
    }

    /** The traffic: seeded learners from the labour market, stored first so that reads and replacements find them. */
    private SoakMix mix(EngineServices engine, HttpLoad http) {
        List<Learner> pool = BenchLearners.generate(engine.market(), learners, seed);
        List<String> bodies = pool.stream().map(l -> ApiJson.mapper().writeValueAsString(new Body(l, 10))).toList();
        List<String> ids = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (Learner l : pool.subList(0, Math.min(200, pool.size()))) {
            ids.add(l.id());
            docs.add(ApiJson.mapper().writeValueAsString(l));
        }
        String[] error = new String[1];
        for (int i = 0; i < ids.size(); i++) {
            int status = http.call(HttpLoad.Call.put("put-learner", "/v1/learners/" + ids.get(i), docs.get(i)), error);
            if (status / 100 != 2) {
                throw new IllegalStateException("bench soak: storing learner " + ids.get(i) + " failed: " + error[0]);
            }
        }
        List<String> queries = pool.stream().map(l -> BenchHttpCommand.bm25Query(engine.market(), l)).toList();
        List<String> credentials = List.copyOf(engine.catalog().shipped().credentials().keySet());
        return new SoakMix(bodies, ids, docs, queries, credentials, seed);
    }

    private double share() {
        return capacityShare == null ? 0.8 : capacityShare;
    }

    private void validate() {
        if (!(minutes > 0 && minutes <= 24 * 60)) {
            throw new IllegalArgumentException("--minutes: must be in (0, 1440], got " + minutes);
        }
        if (rate != null && capacityShare != null) {
            throw new IllegalArgumentException("--rate and --capacity-share: give one or the other");
        }
        if (rate != null && !(rate > 0 && rate <= 100_000)) {
            throw new IllegalArgumentException("--rate: must be in (0, 100000] requests per second, got " + rate);
        }
        if (capacityShare != null && !(capacityShare > 0 && capacityShare <= 2)) {
            throw new IllegalArgumentException("--capacity-share: must be in (0, 2], got " + capacityShare);
        }
        if (!(capacitySeconds >= 1 && capacitySeconds <= 600)) {
            throw new IllegalArgumentException("--capacity-seconds: must be 1..600, got " + capacitySeconds);
        }
        if (!(intervalSeconds >= 1 && intervalSeconds <= 3600)) {
            throw new IllegalArgumentException("--interval-seconds: must be 1..3600, got " + intervalSeconds);
        }
        check("--concurrency", concurrency, 1, 64);
        check("--workers", workers, 1, 256);
        check("--warmup", warmup, 0, 1_000_000);
        check("--learners", learners, 1, 100_000);
    }

    private static void check(String name, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + ": must be " + min + ".." + max + ", got " + v);
        }
    }
}
