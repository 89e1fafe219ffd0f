package org.credpath.engine.returns;

import java.util.ArrayList;
import java.util.List;

import smile.validation.metric.AUC;

/**
 * How one model did on held-out students: ranking (AUC), probability accuracy (Brier score, the
 * mean squared difference between probability and outcome; lower is better) and a reliability
 * table (predictions in ten equal-width bins: mean prediction vs observed completion rate).
 */
public record HeldOutFigures(String model, double auc, double brier, List<ReliabilityBin> reliability) {

    /** One bin of the reliability table; {@code rows} 0 bins are left out. */
    public record ReliabilityBin(double from, double to, int rows, double meanPredicted, double observedRate) {
    }

    public HeldOutFigures {
        if (!(auc >= 0 && auc <= 1) || !(brier >= 0 && brier <= 1)) {
            throw new IllegalArgumentException("auc/brier: must be in [0, 1], got " + auc + "/" + brier);
        }
        reliability = List.copyOf(reliability);
    }

    /** Figures for predictions {@code p} of outcomes {@code y} (1 = completed). */
    public static HeldOutFigures of(String model, int[] y, double[] p) {
        if (y.length != p.length || y.length == 0) {
            throw new IllegalArgumentException("outcomes/predictions: need the same non-zero length, got "
                    + y.length + "/" + p.length);
        }
        double se = 0;
        int bins = 10;
        double[] sumP = new double[bins];
        int[] hits = new int[bins];
        int[] n = new int[bins];
        for (int i = 0; i < y.length; i++) {
            se += (p[i] - y[i]) * (p[i] - y[i]);
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            sumP[b] += p[i];
            hits[b] += y[i];
            n[b]++;
        }
        List<ReliabilityBin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) {
                table.add(new ReliabilityBin(b / (double) bins, (b + 1) / (double) bins, n[b],
                        sumP[b] / n[b], hits[b] / (double) n[b]));
            }
        }
        return new HeldOutFigures(model, AUC.of(y, p), se / y.length, table);
    }

    /** Expected calibration error: the row-weighted mean gap between mean prediction and observed rate over the bins. */
    public double ece() {
        int n = reliability.stream().mapToInt(ReliabilityBin::rows).sum();
        return n == 0 ? 0 : reliability.stream()
                .mapToDouble(b -> b.rows() * Math.abs(b.meanPredicted() - b.observedRate())).sum() / n;
    }

    /** Largest gap between mean prediction and observed rate over bins with at least {@code minRows} rows. */
    public double maxCalibrationGap(int minRows) {
        return reliability.stream().filter(b -> b.rows() >= minRows)
                .mapToDouble(b -> Math.abs(b.meanPredicted() - b.observedRate())).max().orElse(0);
    }
}
