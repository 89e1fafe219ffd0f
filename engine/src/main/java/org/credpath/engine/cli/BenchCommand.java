package org.credpath.engine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.credpath.engine.bench.BenchOptions;
import org.credpath.engine.bench.BenchSetup;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.IndexSettings;
import org.credpath.engine.index.bundled.SearchIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code credpath bench index|search --size N}: catalogue index throughput and query latency. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on the real catalogue resampled to --size credentials (see docs/search.md).",
        subcommands = {BenchIndexCommand.class, BenchSearchCommand.class, BenchTaggerCommand.class,
                BenchPlanCommand.class, BenchRankerCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options shared by both benchmarks. */
    static final class Common {
        @Option(names = "--size", required = true, description = "credentials in the resampled catalogue")
        long size;
        @Option(names = "--threads", defaultValue = "2", description = "indexing threads (default ${DEFAULT-VALUE})")
        int threads;
        @Option(names = "--queries", defaultValue = "2000", description = "timed queries per mode (default ${DEFAULT-VALUE})")
        int queries;
        @Option(names = "--warmup", defaultValue = "500", description = "untimed queries per mode (default ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--k", defaultValue = "10", description = "results per query (default ${DEFAULT-VALUE})")
        int k;
        @Option(names = "--seed", defaultValue = "42", description = "seed (default ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--ram-mb", defaultValue = "1024", description = "indexing RAM buffer (default ${DEFAULT-VALUE})")
        double ramMb;
        @Option(names = "--hnsw-m", defaultValue = "16", description = "HNSW neighbours per node (default ${DEFAULT-VALUE})")
        int hnswM;
        @Option(names = "--hnsw-beam", defaultValue = "50", description = "HNSW construction beam width (default ${DEFAULT-VALUE})")
        int hnswBeam;
        @Option(names = "--quantized", arity = "0..1", fallbackValue = "7", paramLabel = "BITS",
                description = "HNSW graph over scalar-quantised vectors of BITS (1, 2, 4, 7 or 8; 7 when no value) per dimension")
        int quantizedBits;
        @Option(names = "--sequential-search", description = "search on one thread (no parallel hybrid halves or index slices), "
                + "to compare with the default parallel search")
        boolean sequentialSearch;
        @Option(names = "--text-only", description = "index without vectors (shows what HNSW costs)")
        boolean textOnly;
        @Option(names = "--runs", defaultValue = "3", description = "timed passes over the queries; medians reported (default ${DEFAULT-VALUE})")
        int runs;
        @Option(names = "--title-queries", description = "whole real titles as queries (the first benchmark's set) instead of short queries")
        boolean titleQueries;
        @Option(names = "--dir", description = "index folder (default var/bench/<size>)")
        Path dir;
        @Option(names = "--json", description = "one JSON document on stdout")
        boolean json;

        BenchOptions options() {
            return new BenchOptions(size, threads, queries, warmup, k, seed, new IndexSettings(ramMb, hnswM, hnswBeam, quantizedBits, !sequentialSearch),
                    !textOnly, runs, titleQueries);
        }

        Path dir(CredpathHome home) {
            return dir != null ? dir : home.root().resolve("var").resolve("bench").resolve(Long.toString(size));
        }

        BenchSetup setup(CredpathHome home) {
            try (SearchIndex s = IndexCommand.openDefault(home, null)) {
                return BenchSetup.of(BundledCredentials.loader(home).get(), s.tagger(), s.vectors(), seed, System.err);
            }
        }

        void print(Object report, String text) {
            if (json) {
                System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsString(report));
            } else {
                System.out.println(text);
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir + ": " + e.getMessage(), e);
        }
    }
}
