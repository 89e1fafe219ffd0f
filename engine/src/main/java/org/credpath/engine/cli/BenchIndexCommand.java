package org.credpath.engine.cli;

import java.util.concurrent.Callable;

import org.credpath.engine.bench.BenchReports;
import org.credpath.engine.bench.BenchSetup;
import org.credpath.engine.bench.IndexBenchmark;
import org.credpath.engine.data.CredpathHome;

import org.credpath.engine.recommend.RecommendEngine;
import org.credpath.engine.text.BgeSmallEncoder;
import org.credpath.engine.text.StaticEncoder;
import org.credpath.engine.text.TextEncoder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code credpath bench index --size N}: indexing throughput into a fresh index. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Index a resampled catalogue of --size credentials from scratch; credentials/s and RSS.")
public final class BenchIndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BenchCommand.Common common;

    @Option(names = "--encoder", defaultValue = "none",
            description = "also encode each credential's relevance text in the timed loop: none, "
                    + RecommendEngine.BGE + " (bge-small-en-v1.5) or " + StaticEncoder.NAME
                    + " (models/static-encoder) (default ${DEFAULT-VALUE})")
    String encoder;

    @Override
    public Integer call() {
        CredpathHome home = CredpathHome.locate();
        TextEncoder textEncoder;
        try {
            textEncoder = encoder(home, encoder);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        BenchSetup setup = common.setup(home);
        var dir = common.dir(home);
        BenchCommand.deleteTree(dir);
        System.err.printf("indexing %,d resampled credentials into %s with %d threads...%n", common.size, dir,
                common.threads);
        BenchReports.IndexReport r = IndexBenchmark.run(setup.resampler(), dir, setup.vectors(), setup.skillText(),
                textEncoder, common.options(), System.err);
        common.print(r, String.format("indexed %,d credentials (encoder %s) in %.1f s: %,.0f credentials/s (%d threads); "
                        + "CPU %.1f s (%,.0f credentials per CPU-second; resampling alone ~%.1f CPU s of it); %d segments, %d MB on disk,"
                        + " RSS %d MB; load average %s", r.size(), r.encoder(), r.seconds(), r.perSecond(),
                r.threads(), r.cpuSeconds(), r.perCpuSecond(), r.resampleCpuSeconds(), r.segments(), r.indexMb(), r.rssMb(), r.loadAverage()));
        return 0;
    }

    /**
     * The named encoder, loaded and run once before timing; null for {@code none}.
     *
     * @throws IllegalArgumentException naming {@code --encoder} for an unknown name or a missing static table
     */
    static TextEncoder encoder(CredpathHome home, String name) {
        TextEncoder e = switch (name) {
            case "none" -> null;
            case RecommendEngine.BGE -> BgeSmallEncoder.shared();
            case StaticEncoder.NAME -> staticEncoder(home);
            default -> throw new IllegalArgumentException(
                    "--encoder: expected none, " + RecommendEngine.BGE + " or " + StaticEncoder.NAME + ", got '" + name + "'");
        };
        if (e != null) {
            e.encode("warm-up: data analysis with Python");
        }
        return e;
    }

    private static TextEncoder staticEncoder(CredpathHome home) {
        try {
            return StaticEncoder.load(home);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("--encoder static: " + e.getMessage(), e);
        }
    }
}
