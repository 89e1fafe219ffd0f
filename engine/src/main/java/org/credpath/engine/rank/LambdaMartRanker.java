package org.credpath.engine.rank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Baseline: XGBoost LambdaMART ({@code rank:ndcg}) on the same features, one query group per
 * logged session, graded labels (0 none, 1 click, 2 enrol), no position-bias correction.
 */
public final class LambdaMartRanker implements Ranker {

    private final Booster booster;
    private final int columns;

    private LambdaMartRanker(Booster booster, int columns) {
        this.booster = booster;
        this.columns = columns;
    }

    /** Trains with the given options, seeded, one thread. */
    public static LambdaMartRanker train(List<TrainingSession> sessions, int columns, LambdaMartOptions options) {
        List<TrainingSession> groups = sessions.stream().filter(TrainingSession::hasPositive).toList();
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no training session has a click or enrol: nothing to learn from");
        }
        int rows = groups.stream().mapToInt(TrainingSession::size).sum();
        float[] x = new float[rows * columns];
        float[] y = new float[rows];
        int[] sizes = new int[groups.size()];
        int r = 0;
        for (int g = 0; g < groups.size(); g++) {
            TrainingSession s = groups.get(g);
            sizes[g] = s.size();
            for (int i = 0; i < s.size(); i++, r++) {
                System.arraycopy(s.features()[i], 0, x, r * columns, columns);
                y[r] = s.relevance()[i];
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "rank:ndcg");
        params.put("eta", options.eta());
        params.put("max_depth", options.depth());
        params.put("seed", (int) options.seed());
        params.put("nthread", 1);
        params.put("verbosity", 0);
        try {
            DMatrix train = new DMatrix(x, rows, columns, Float.NaN);
            train.setLabel(y);
            train.setGroup(sizes);
            Booster booster = XGBoost.train(train, params, options.rounds(), new HashMap<>(), null, null);
            train.dispose();
            return new LambdaMartRanker(booster, columns);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "xgboost-lambdamart";
    }

    @Override
    public double[] score(float[][] features) {
        if (features.length == 0) {
            return new double[0];
        }
        float[] flat = new float[features.length * columns];
        for (int i = 0; i < features.length; i++) {
            System.arraycopy(features[i], 0, flat, i * columns, columns);
        }
        try {
            float[][] p = booster.inplace_predict(flat, features.length, columns, Float.NaN);
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = p[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost scoring failed: " + e.getMessage(), e);
        }
    }
}
