package org.credpath.engine.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import smile.classification.PlattScaling;

/**
 * A fitted classifier over the first {@code columns} columns of {@link CompletionFeatures#toArray()},
 * optionally followed by Platt scaling (a logistic map of the score's logit, fitted on students the
 * classifier did not see) so that its probabilities can be read as frequencies.
 */
public final class TrainedCompletionModel implements CompletionModel, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    /** File name of the serialised model inside {@code models/completion/}. */
    public static final String FILE = "model.ser.gz";

    private final CompletionScorer scorer;
    private final int columns;
    private final PlattScaling calibration;

    TrainedCompletionModel(CompletionScorer scorer, int columns, PlattScaling calibration) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns: must be >= 1, got " + columns);
        }
        this.scorer = scorer;
        this.columns = columns;
        this.calibration = calibration;
    }

    /** The same classifier with Platt scaling fitted on held-aside rows ({@code x} full feature rows). */
    TrainedCompletionModel calibrated(double[][] x, int[] y) {
        double[] logits = Arrays.stream(x).mapToDouble(r -> logit(scorer.score(input(r)))).toArray();
        return new TrainedCompletionModel(scorer, columns, PlattScaling.fit(logits, y));
    }

    /** The same classifier with another model's calibration (e.g. one fitted on a subset of the same rows). */
    TrainedCompletionModel withCalibrationOf(TrainedCompletionModel other) {
        return new TrainedCompletionModel(scorer, columns, other.calibration);
    }

    @Override
    public double probability(CompletionFeatures f) {
        return probability(f.toArray());
    }

    /** The probability for a full feature row (extra columns beyond {@code columns} are ignored). */
    double probability(double[] x) {
        double p = scorer.score(input(x));
        return calibration == null ? p : calibration.scale(logit(p));
    }

    private double[] input(double[] x) {
        return x.length == columns ? x : Arrays.copyOf(x, columns);
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    /** Relative importance per input column (tree models), else empty. */
    public List<Double> importance() {
        return scorer.importance();
    }

    public boolean isCalibrated() {
        return calibration != null;
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
             ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(this);
        }
    }

    public static TrainedCompletionModel load(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
             ObjectInputStream ois = new ObjectInputStream(in)) {
            return (TrainedCompletionModel) ois.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(file + ": not a completion model (" + e.getMessage() + ")", e);
        }
    }
}
