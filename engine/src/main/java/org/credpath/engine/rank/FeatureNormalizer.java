package org.credpath.engine.rank;

import java.util.List;

/** Per-column standardisation (mean, standard deviation) fitted on training rows and stored with the model. */
public record FeatureNormalizer(List<String> featureNames, double[] mean, double[] std) {

    public FeatureNormalizer {
        if (featureNames.size() != mean.length || mean.length != std.length) {
            throw new IllegalArgumentException("normaliser: " + featureNames.size() + " names, " + mean.length
                    + " means and " + std.length + " deviations differ");
        }
        for (int j = 0; j < std.length; j++) {
            if (!(std[j] > 0)) {
                throw new IllegalArgumentException("normaliser: std of " + featureNames.get(j) + " must be > 0, got " + std[j]);
            }
        }
        featureNames = List.copyOf(featureNames);
        mean = mean.clone();
        std = std.clone();
    }

    /** Fits the mean and deviation of every column; constant columns get deviation 1. */
    public static FeatureNormalizer fit(List<String> names, List<TrainingSession> sessions) {
        int d = names.size();
        double[] sum = new double[d];
        double[] sq = new double[d];
        long n = 0;
        for (TrainingSession s : sessions) {
            for (float[] row : s.features()) {
                for (int j = 0; j < d; j++) {
                    sum[j] += row[j];
                    sq[j] += (double) row[j] * row[j];
                }
                n++;
            }
        }
        double[] mean = new double[d];
        double[] std = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = n == 0 ? 0 : sum[j] / n;
            double var = n == 0 ? 0 : sq[j] / n - mean[j] * mean[j];
            std[j] = var > 1e-12 ? Math.sqrt(var) : 1.0;
        }
        return new FeatureNormalizer(names, mean, std);
    }

    /** Standardised copy of {@code rows} as one flat row-major array. */
    public float[] apply(float[][] rows) {
        int d = mean.length;
        float[] out = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("feature row " + i + " has " + rows[i].length + " columns, model expects " + d);
            }
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) ((rows[i][j] - mean[j]) / std[j]);
            }
        }
        return out;
    }
}
