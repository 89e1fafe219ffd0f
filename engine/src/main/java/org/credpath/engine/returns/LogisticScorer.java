package org.credpath.engine.returns;

import java.io.Serial;

import smile.classification.LogisticRegression;

/**
 * Logistic regression on an encoding of {@link CompletionFeatures}: log study load, capped
 * counts, one-hot education and age band, the logit of the credential's completion rate, the
 * credential profile, and two interactions (load x education, load x earlier non-completions).
 */
final class LogisticScorer implements CompletionScorer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final LogisticRegression model;

    private LogisticScorer(LogisticRegression model) {
        this.model = model;
    }

    static LogisticScorer fit(double[][] x, int[] y, double lambda) {
        double[][] enc = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            enc[i] = encode(x[i]);
        }
        return new LogisticScorer(LogisticRegression.fit(enc, y, new LogisticRegression.Options(lambda, 1e-6, 1000)));
    }

    @Override
    public double score(double[] x) {
        double[] posterior = new double[2];
        model.predict(encode(x), posterior);
        return posterior[1];
    }

    /** The encoding; reads the first 12 columns in {@link CompletionFeatures#NAMES} order. */
    static double[] encode(double[] x) {
        double logLoad = Math.log(Math.max(1, x[0]));
        double priorNon = Math.min(3, x[4]);
        double[] e = new double[21];
        int i = 0;
        e[i++] = logLoad;
        e[i++] = Math.min(60, x[0]) / 10;
        e[i++] = Math.min(3, x[1]);
        e[i++] = Math.min(3, x[2] - 1);
        e[i++] = Math.min(3, x[3]);
        e[i++] = priorNon;
        e[i + (int) x[5]] = 1;
        i += 5;
        e[i + (int) x[6]] = 1;
        i += 3;
        double rate = Math.min(0.99, Math.max(0.01, x[7]));
        e[i++] = Math.log(rate / (1 - rate));
        e[i++] = x[8] / 10;
        e[i++] = x[9];
        e[i++] = x[10] / 10;
        e[i++] = x[11];
        e[i++] = logLoad * x[5] / 4;
        e[i] = logLoad * priorNon;
        return e;
    }
}
