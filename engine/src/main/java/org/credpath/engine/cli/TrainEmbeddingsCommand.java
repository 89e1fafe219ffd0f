package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.skills.EmbeddingModel;
import org.credpath.engine.skills.EmbeddingOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credpath train embeddings}: Word2Vec skill embeddings into {@code models/skill-embeddings/}. */
@Command(name = "embeddings", mixinStandardHelpOptions = true,
        description = "Train Word2Vec skill embeddings on skill2vec postings, ESCO occupation skill lists and "
                + "O*NET technology skills; writes models/skill-embeddings/ (vectors, provenance, metrics).")
public final class TrainEmbeddingsCommand implements Callable<Integer> {

    @Option(names = "--layer-size", defaultValue = "64", description = "vector dimension (default ${DEFAULT-VALUE})")
    int layerSize;
    @Option(names = "--window", defaultValue = "5", description = "context window (default ${DEFAULT-VALUE})")
    int window;
    @Option(names = "--min-frequency", defaultValue = "3", description = "minimum skill count (default ${DEFAULT-VALUE})")
    int minFrequency;
    @Option(names = "--epochs", defaultValue = "5", description = "epochs (default ${DEFAULT-VALUE})")
    int epochs;
    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--no-esco-occupations", description = "leave out ESCO occupation skill lists")
    boolean noEsco;
    @Option(names = "--no-onet", description = "leave out O*NET technology skills")
    boolean noOnet;
    @Option(names = "--out", description = "output folder (default models/skill-embeddings)")
    Path out;

    @Override
    public Integer call() {
        EmbeddingOptions options = new EmbeddingOptions(layerSize, window, minFrequency, epochs, seed, !noEsco, !noOnet);
        CredpathHome home = CredpathHome.locate();
        System.err.println("loading ESCO...");
        var esco = EscoLoader.load(home);
        EmbeddingModel.trainAndSave(home, esco, options, out == null ? EmbeddingModel.directory(home) : out, System.err);
        return 0;
    }
}
