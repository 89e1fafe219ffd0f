package org.credpath.engine.rank;

import java.util.List;

/**
 * A heuristic baseline: a weighted sum of named feature columns (e.g. popularity alone, or the
 * gap-coverage heuristic). Needs no training.
 */
public record ColumnRanker(String name, int[] columns, double[] weights) implements Ranker {

    public ColumnRanker {
        if (columns.length != weights.length || columns.length == 0) {
            throw new IllegalArgumentException("column ranker '" + name + "' needs as many weights as columns, got "
                    + columns.length + " columns and " + weights.length + " weights");
        }
        columns = columns.clone();
        weights = weights.clone();
    }

    /** A ranker over columns given by name in {@code featureNames}. */
    public static ColumnRanker of(String name, List<String> featureNames, List<String> columns, double... weights) {
        int[] idx = new int[columns.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = featureNames.indexOf(columns.get(i));
            if (idx[i] < 0) {
                throw new IllegalArgumentException("unknown feature '" + columns.get(i) + "' for ranker " + name);
            }
        }
        return new ColumnRanker(name, idx, weights);
    }

    /** Enrolment popularity in the training events. */
    public static ColumnRanker popularity(List<String> names) {
        return of("popularity", names, List.of("popularity"), 1);
    }

    /** Essential gap coverage first, optional coverage and demand of new skills as tie-breakers. */
    public static ColumnRanker gapCoverage(List<String> names) {
        return of("gap-coverage", names, List.of("gap_essential_coverage", "gap_essential_count",
                "gap_optional_coverage", "new_skill_demand"), 10, 1, 1, 0.1);
    }

    /** Cosine between the embedding of the learner's essential gap and the credential's skills. */
    public static ColumnRanker embeddingCosine(List<String> names) {
        return of("embedding-cosine", names, List.of("gap_embedding_cosine"), 1);
    }

    @Override
    public double[] score(float[][] features) {
        double[] out = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            double s = 0;
            for (int j = 0; j < columns.length; j++) {
                s += weights[j] * features[i][columns[j]];
            }
            out[i] = s;
        }
        return out;
    }
}
