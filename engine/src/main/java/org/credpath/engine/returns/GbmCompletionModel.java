package org.credpath.engine.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.ValueVector;

/** A Smile gradient-boosted tree classifier over {@link CompletionFeatures}. */
public final class GbmCompletionModel implements CompletionModel {

    static final String LABEL = "completed";
    /** File name of the serialised model inside {@code models/completion/}. */
    public static final String FILE = "model.ser.gz";

    private final GradientTreeBoost model;
    private final StructType schema;

    GbmCompletionModel(GradientTreeBoost model) {
        this.model = model;
        this.schema = features(new double[1][CompletionFeatures.NAMES.size()]).schema();
    }

    /** Fits on the given rows; {@code completed[i]} is 1 for pass/distinction. */
    static GbmCompletionModel fit(double[][] x, int[] completed, GradientTreeBoost.Options options) {
        DataFrame df = features(x).add(ValueVector.of(LABEL, completed));
        return new GbmCompletionModel(GradientTreeBoost.fit(Formula.lhs(LABEL), df, options));
    }

    private static DataFrame features(double[][] x) {
        return DataFrame.of(x, CompletionFeatures.NAMES.toArray(String[]::new));
    }

    @Override
    public double probability(CompletionFeatures f) {
        return probability(f.toArray());
    }

    double probability(double[] x) {
        double[] posterior = new double[2];
        model.predict(Tuple.of(schema, x), posterior);
        return posterior[1];
    }

    /** Relative importance of each feature, in {@link CompletionFeatures#NAMES} order. */
    public List<Double> importance() {
        double[] imp = model.importance();
        return java.util.Arrays.stream(imp).boxed().toList();
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
             ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(model);
        }
    }

    public static GbmCompletionModel load(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
             ObjectInputStream ois = new ObjectInputStream(in)) {
            return new GbmCompletionModel((GradientTreeBoost) ois.readObject());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + ": not a completion model (" + e.getMessage() + ")", e);
        }
    }
}
