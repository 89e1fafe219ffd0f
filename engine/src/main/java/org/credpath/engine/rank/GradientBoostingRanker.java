package org.credpath.engine.rank;

import java.util.ArrayList;
import java.util.List;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.model.cart.Loss;
import smile.regression.GradientTreeBoost;

/**
 * Baseline: Smile gradient tree boosting, pointwise least-squares regression of the graded label
 * (0 none, 1 click, 2 enrol) on the same features. No subsampling, so training is deterministic.
 */
public final class GradientBoostingRanker implements Ranker {

    private static final String LABEL = "label";
    private final GradientTreeBoost model;
    private final String[] names;

    private GradientBoostingRanker(GradientTreeBoost model, String[] names) {
        this.model = model;
        this.names = names;
    }

    public static GradientBoostingRanker train(List<String> featureNames, List<TrainingSession> sessions, int trees) {
        List<double[]> rows = new ArrayList<>();
        int d = featureNames.size();
        for (TrainingSession s : sessions) {
            if (!s.hasPositive()) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                double[] row = new double[d + 1];
                for (int j = 0; j < d; j++) {
                    row[j] = s.features()[i][j];
                }
                row[d] = s.relevance()[i];
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no training session has a click or enrol: nothing to learn from");
        }
        String[] names = featureNames.toArray(String[]::new);
        String[] withLabel = new String[d + 1];
        System.arraycopy(names, 0, withLabel, 0, d);
        withLabel[d] = LABEL;
        DataFrame df = DataFrame.of(rows.toArray(double[][]::new), withLabel);
        var options = new GradientTreeBoost.Options(Loss.ls(), trees, 6, 32, 5, 0.1, 1.0, null, null);
        return new GradientBoostingRanker(GradientTreeBoost.fit(Formula.lhs(LABEL), df, options), names);
    }

    @Override
    public String name() {
        return "smile-gbm";
    }

    @Override
    public double[] score(float[][] features) {
        if (features.length == 0) {
            return new double[0];
        }
        return model.predict(DataFrame.of(features, names));
    }
}
