package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.text.StaticDistiller;
import org.credpath.engine.text.StaticEncoder;
import org.credpath.engine.text.semantic.StaticEncoderTrainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credpath train static-encoder}: the static encoder distilled from bge-small into {@code models/static-encoder/}. */
@Command(name = "static-encoder", mixinStandardHelpOptions = true,
        description = "Distil a static (Model2Vec-style) token table from the shipped bge-small-en-v1.5: every"
                + " vocabulary token encoded alone, PCA, SIF weights from ESCO and catalogue text; writes"
                + " models/static-encoder/ (table.bin.gz, provenance.json).")
public final class TrainStaticEncoderCommand implements Callable<Integer> {

    @Option(names = "--dims", defaultValue = "128",
            description = "dimensions kept by PCA; 0 = all 384 (default ${DEFAULT-VALUE})")
    int dims;
    @Option(names = "--sif", defaultValue = "0.001",
            description = "SIF constant a in a / (a + p(token)) (default ${DEFAULT-VALUE})")
    double sif;
    @Option(names = "--threads", defaultValue = "1", description = "ONNX Runtime threads (default ${DEFAULT-VALUE})")
    int threads;
    @Option(names = "--out", description = "output folder (default models/static-encoder)")
    Path out;

    @Override
    public Integer call() {
        CredpathHome home = CredpathHome.locate();
        StaticEncoderTrainer.train(home, new StaticDistiller.Options(dims, sif), threads,
                out == null ? home.models().resolve(StaticEncoder.FOLDER) : out, System.err::println);
        return 0;
    }
}
