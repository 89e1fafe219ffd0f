package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.rank.Dl4jRanker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credpath bench ranker}: time to score N candidates (one batch through the DL4J ranker),
 * after a warm-up, over seeded random standardised-range feature rows.
 */
@Command(name = "ranker", mixinStandardHelpOptions = true,
        description = "Latency of scoring N candidates with the DL4J ranker (one batch per call).")
public final class BenchRankerCommand implements Callable<Integer> {

    @Option(names = "--model", description = "Model folder (default: models/ranker-default).")
    Path model;

    @Option(names = "--candidates", defaultValue = "500", description = "Candidates per call (default ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--iterations", defaultValue = "2000", description = "Timed calls (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (candidates < 1 || iterations < 10) {
            throw new IllegalArgumentException("--candidates must be >= 1 and --iterations >= 10, got "
                    + candidates + " and " + iterations);
        }
        Path dir = model != null ? model : CredpathHome.locate().models().resolve("ranker-default");
        Dl4jRanker ranker = Dl4jRanker.load(dir);
        int d = ranker.normalizer().mean().length;
        SplittableRandom rnd = new SplittableRandom(1);
        float[][] x = new float[candidates][d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) (ranker.normalizer().mean()[j] + ranker.normalizer().std()[j] * (rnd.nextDouble() * 2 - 1));
            }
        }
        double sink = 0;
        for (int i = 0; i < Math.max(200, iterations / 5); i++) {
            sink += ranker.score(x)[0];
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            sink += ranker.score(x)[0];
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double p50 = ms[iterations / 2];
        double p99 = ms[(int) Math.min(iterations - 1, Math.round(iterations * 0.99))];
        double mean = Arrays.stream(ms).average().orElse(0);
        if (json) {
            System.out.println(org.credpath.engine.catalog.ExchangeJson.toLine(new Result(candidates, iterations, p50, p99,
                    mean, String.valueOf(System.getenv("OMP_NUM_THREADS")))));
        } else {
            System.out.printf("score %d candidates: p50 %.3f ms, p99 %.3f ms, mean %.3f ms over %d calls%n", candidates,
                    p50, p99, mean, iterations);
        }
        System.err.println("bench: checksum " + (sink == 42 ? "!" : "ok"));
        return 0;
    }

    /** The JSON result. */
    record Result(int candidates, int iterations, double p50Ms, double p99Ms, double meanMs, String ompNumThreads) {
    }
}
