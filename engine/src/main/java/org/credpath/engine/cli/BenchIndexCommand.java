package org.credpath.engine.cli;

import java.util.concurrent.Callable;

import org.credpath.engine.bench.BenchReports;
import org.credpath.engine.bench.BenchSetup;
import org.credpath.engine.bench.IndexBenchmark;
import org.credpath.engine.data.CredpathHome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code credpath bench index --size N}: indexing throughput into a fresh index. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index a resampled catalogue of --size credentials from scratch; credentials/s and RSS.")
public final class BenchIndexCommand implements Callable<Integer> {

    @Mixin
    BenchCommand.Common common;

    @Override
    public Integer call() {
        CredpathHome home = CredpathHome.locate();
        BenchSetup setup = common.setup(home);
        var dir = common.dir(home);
        BenchCommand.deleteTree(dir);
        System.err.printf("indexing %,d resampled credentials into %s with %d threads...%n", common.size, dir,
                common.threads);
        BenchReports.IndexReport r = IndexBenchmark.run(setup.resampler(), dir, setup.vectors(), setup.skillText(),
                common.options(), System.err);
        common.print(r, String.format("indexed %,d credentials in %.1f s: %,.0f credentials/s (%d threads); "
                        + "CPU %.1f s (%,.0f credentials per CPU-second; resampling alone ~%.1f CPU s of it); %d segments, %d MB on disk,"
                        + " RSS %d MB; load average %s", r.size(), r.seconds(), r.perSecond(),
                r.threads(), r.cpuSeconds(), r.perCpuSecond(), r.resampleCpuSeconds(), r.segments(), r.indexMb(), r.rssMb(), r.loadAverage()));
        return 0;
    }
}
