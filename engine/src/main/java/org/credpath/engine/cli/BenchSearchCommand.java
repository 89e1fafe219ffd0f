package org.credpath.engine.cli;

import java.util.concurrent.Callable;

import org.credpath.engine.bench.BenchReports;
import org.credpath.engine.bench.BenchSetup;
import org.credpath.engine.bench.IndexBenchmark;
import org.credpath.engine.bench.SearchBenchmark;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.CatalogIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code credpath bench search --size N}: BM25, KNN and hybrid latency percentiles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Query latency (p50, p99) per mode on a resampled catalogue of --size credentials; "
                + "builds its index first when var/bench/<size> holds none.")
public final class BenchSearchCommand implements Callable<Integer> {

    @Mixin
    BenchCommand.Common common;

    @Override
    public Integer call() {
        CredpathHome home = CredpathHome.locate();
        BenchSetup setup = common.setup(home);
        var dir = common.dir(home);
        if (!CatalogIndex.exists(dir)) {
            System.err.println("no benchmark index in " + dir + "; building it...");
            System.err.println(IndexBenchmark.run(setup.resampler(), dir, setup.vectors(), setup.skillText(),
                    common.options(), System.err));
        }
        try (CatalogIndex index = CatalogIndex.open(dir, setup.vectors(), setup.skillText(), common.options().index())) {
            System.err.printf("timing %d queries per mode (after %d warm-up) on %,d credentials...%n",
                    common.queries, common.warmup, index.size());
            BenchReports.SearchReport r = SearchBenchmark.run(index, setup, common.options());
            StringBuilder sb = new StringBuilder(String.format("%,d credentials, %d segments, %s search, RSS %d MB, load average %s;"
                    + " queries: %s%n", r.size(), r.segments(), r.parallelSearch() ? "parallel" : "sequential", r.rssMb(),
                    r.loadAverage(), r.querySet()));
            for (BenchReports.Latency l : r.modes()) {
                sb.append(String.format("%-7s p50 %.3f ms  p99 %.3f ms  mean %.3f ms  | CPU p50 %.3f ms  p99 %.3f ms"
                        + "  | idle-machine bound p50 %.3f ms  p99 %.3f ms  (%d queries x %d runs, medians)%n", l.mode(),
                        l.p50Ms(), l.p99Ms(), l.meanMs(), l.cpuP50Ms(), l.cpuP99Ms(), l.idleBoundP50Ms(),
                        l.idleBoundP99Ms(), l.queries(), l.runs()));
                sb.append("        slowest (CPU ms): ").append(l.slowest().stream()
                        .map(q -> "'" + q.query() + "' " + q.cpuMs()).collect(java.util.stream.Collectors.joining(", "))).append('\n');
            }
            sb.append(String.format("knn recall@10 vs brute force: %.3f (%d query vectors)", r.knnRecallAt10(),
                    r.recallQueries()));
            common.print(r, sb.toString().strip());
        }
        return 0;
    }
}
