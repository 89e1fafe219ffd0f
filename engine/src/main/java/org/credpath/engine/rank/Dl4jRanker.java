package org.credpath.engine.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import tools.jackson.databind.json.JsonMapper;

/**
 * The neural ranker: an MLP scorer over standardised features; all candidates of a learner go
 * through one {@code output()} call. Trained by {@link Dl4jTrainer}; stored as
 * {@code network.zip} + {@code normalisation.json}.
 */
public final class Dl4jRanker implements Ranker {

    public static final String NETWORK_FILE = "network.zip";
    public static final String NORMALISATION_FILE = "normalisation.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MultiLayerNetwork network;
    private final FeatureNormalizer normalizer;

    public Dl4jRanker(MultiLayerNetwork network, FeatureNormalizer normalizer) {
        this.network = network;
        this.normalizer = normalizer;
    }

    @Override
    public String name() {
        return "dl4j";
    }

    public FeatureNormalizer normalizer() {
        return normalizer;
    }

    @Override
    public double[] score(float[][] features) {
        if (features.length == 0) {
            return new double[0];
        }
        int d = normalizer.mean().length;
        INDArray x = Nd4j.create(normalizer.apply(features), new long[] {features.length, d});
        synchronized (network) {
            return network.output(x, false).toDoubleVector();
        }
    }

    /** Writes the network and the normalisation into {@code dir}. */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            ModelSerializer.writeModel(network, dir.resolve(NETWORK_FILE).toFile(), false);
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(NORMALISATION_FILE).toFile(), normalizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ranker to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Loads a ranker written by {@link #save(Path)}. */
    public static Dl4jRanker load(Path dir) {
        Path net = dir.resolve(NETWORK_FILE);
        if (!Files.exists(net)) {
            throw new IllegalArgumentException("no ranker model in " + dir + " (missing " + NETWORK_FILE + ")");
        }
        try {
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(net.toFile(), false);
            FeatureNormalizer norm = JSON.readValue(dir.resolve(NORMALISATION_FILE).toFile(), FeatureNormalizer.class);
            return new Dl4jRanker(network, norm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ranker from " + dir + ": " + e.getMessage(), e);
        }
    }
}
