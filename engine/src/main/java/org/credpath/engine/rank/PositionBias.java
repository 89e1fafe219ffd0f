package org.credpath.engine.rank;

import java.util.Arrays;
import java.util.List;

/**
 * An estimated examination-probability curve by position, from click-through rates per position
 * relative to position 1. Valid when the logged order is (close to) independent of relevance, as
 * in the simulator's shuffled logging policy; the curve is made non-increasing and floored so
 * inverse-propensity weights stay bounded.
 */
public record PositionBias(double[] propensity) {

    /** Lowest propensity used, so an inverse weight is at most 1 / FLOOR. */
    public static final double FLOOR = 0.05;

    public PositionBias {
        if (propensity.length == 0) {
            throw new IllegalArgumentException("position bias needs at least one position");
        }
        propensity = propensity.clone();
    }

    /** No correction: every position examined. */
    public static PositionBias none(int positions) {
        double[] p = new double[positions];
        Arrays.fill(p, 1.0);
        return new PositionBias(p);
    }

    /** Estimates the curve from click-through rates per position over {@code sessions}. */
    public static PositionBias estimate(List<TrainingSession> sessions, int maxPosition) {
        double[] shown = new double[maxPosition];
        double[] clicked = new double[maxPosition];
        for (TrainingSession s : sessions) {
            for (int i = 0; i < s.size(); i++) {
                int p = s.positions()[i];
                if (p >= 1 && p <= maxPosition) {
                    shown[p - 1]++;
                    clicked[p - 1] += s.relevance()[i] > 0 ? 1 : 0;
                }
            }
        }
        if (shown[0] == 0 || clicked[0] == 0) {
            return none(maxPosition);
        }
        double top = clicked[0] / shown[0];
        double[] p = new double[maxPosition];
        double prev = 1.0;
        for (int i = 0; i < maxPosition; i++) {
            double raw = shown[i] == 0 ? prev : (clicked[i] / shown[i]) / top;
            prev = Math.max(FLOOR, Math.min(prev, raw));
            p[i] = prev;
        }
        return new PositionBias(p);
    }

    /** The propensity at a 1-based position (positions past the curve use its last value). */
    public double at(int position) {
        int i = Math.max(1, Math.min(position, propensity.length)) - 1;
        return propensity[i];
    }

    /** Inverse-propensity weight at a 1-based position. */
    public double weight(int position) {
        return 1.0 / at(position);
    }
}
