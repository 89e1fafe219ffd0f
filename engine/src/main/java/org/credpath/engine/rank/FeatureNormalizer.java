package org.credpath.engine.rank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-column standardisation (mean, standard deviation) fitted on training rows and stored with the model,
 * with two rules that keep what the model never learnt from out of its scores (docs/ranking.md, "Features"):
 * <ul>
 *   <li><b>missing values</b>: {@code imputedBy} maps an indicator column (e.g. {@code cost_unknown}) to the
 *       value columns it marks as missing; the value columns' mean and deviation are fitted on the rows where
 *       the indicator is 0, and where it is 1 they are scored as exactly that mean (0 after standardisation),
 *       whatever the extractor wrote;</li>
 *   <li><b>constant columns</b>: a column that never varied in training ({@code constant}) is scored as 0
 *       after standardisation: its weights were never trained, so any other value would move the score at
 *       random.</li>
 * </ul>
 *
 * @param constant  names of the columns constant in training (null or absent in old files: none)
 * @param imputedBy indicator column -> the value columns it marks missing (null or absent: none)
 */
public record FeatureNormalizer(List<String> featureNames, double[] mean, double[] std, List<String> constant,
        Map<String, List<String>> imputedBy) {

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
        constant = List.copyOf(Objects.requireNonNullElse(constant, List.of()));
        imputedBy = Map.copyOf(Objects.requireNonNullElse(imputedBy, Map.of()));
        for (String c : constant) {
            index(featureNames, c, "constant");
        }
        for (Map.Entry<String, List<String>> e : imputedBy.entrySet()) {
            index(featureNames, e.getKey(), "imputedBy");
            for (String v : e.getValue()) {
                index(featureNames, v, "imputedBy." + e.getKey());
            }
        }
    }

    /** Without imputation or constant columns (every column standardised as is). */
    public FeatureNormalizer(List<String> featureNames, double[] mean, double[] std) {
        this(featureNames, mean, std, List.of(), Map.of());
    }

    private static int index(List<String> names, String name, String field) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("normaliser: " + field + " names " + name + ", not a feature column");
        }
        return j;
    }

    /**
     * Fits the mean and deviation of every column, the value columns of {@code imputedBy} on the rows their
     * indicator marks present; constant columns get deviation 1 and are listed in {@code constant}. Entries of
     * {@code imputedBy} whose indicator is not among {@code names} are dropped.
     */
    public static FeatureNormalizer fit(List<String> names, List<TrainingSession> sessions,
            Map<String, List<String>> imputedBy) {
        int d = names.size();
        int[] indicatorOf = indicators(names, imputedBy);
        double[] sum = new double[d];
        double[] sq = new double[d];
        long[] n = new long[d];
        for (TrainingSession s : sessions) {
            for (float[] row : s.features()) {
                for (int j = 0; j < d; j++) {
                    if (indicatorOf[j] < 0 || row[indicatorOf[j]] < 0.5f) {
                        sum[j] += row[j];
                        sq[j] += (double) row[j] * row[j];
                        n[j]++;
                    }
                }
            }
        }
        double[] mean = new double[d];
        double[] std = new double[d];
        List<String> constant = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            mean[j] = n[j] == 0 ? 0 : sum[j] / n[j];
            double var = n[j] == 0 ? 0 : sq[j] / n[j] - mean[j] * mean[j];
            std[j] = var > 1e-12 ? Math.sqrt(var) : 1.0;
            if (!(var > 1e-12)) {
                constant.add(names.get(j));
            }
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        imputedBy.forEach((k, v) -> {
            if (names.contains(k)) {
                kept.put(k, v);
            }
        });
        return new FeatureNormalizer(names, mean, std, constant, kept);
    }

    /** As {@link #fit(List, List, Map)} with no missing-value columns. */
    public static FeatureNormalizer fit(List<String> names, List<TrainingSession> sessions) {
        return fit(names, sessions, Map.of());
    }

    /** Per column, the index of the indicator marking it missing, or -1. */
    private static int[] indicators(List<String> names, Map<String, List<String>> imputedBy) {
        int[] out = new int[names.size()];
        java.util.Arrays.fill(out, -1);
        imputedBy.forEach((indicator, values) -> {
            int i = names.indexOf(indicator);
            if (i >= 0) {
                values.forEach(v -> out[index(names, v, "imputedBy." + indicator)] = i);
            }
        });
        return out;
    }

    /** Standardised copy of {@code rows} as one flat row-major array. */
    public float[] apply(float[][] rows) {
        int d = mean.length;
        int[] indicatorOf = indicators(featureNames, imputedBy);
        boolean[] zero = new boolean[d];
        constant.forEach(c -> zero[featureNames.indexOf(c)] = true);
        float[] out = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("feature row " + i + " has " + rows[i].length + " columns, model expects " + d);
            }
            for (int j = 0; j < d; j++) {
                boolean missing = indicatorOf[j] >= 0 && rows[i][indicatorOf[j]] >= 0.5f;
                out[i * d + j] = zero[j] || missing ? 0f : (float) ((rows[i][j] - mean[j]) / std[j]);
            }
        }
        return out;
    }
}
