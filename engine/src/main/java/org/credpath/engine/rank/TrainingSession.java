package org.credpath.engine.rank;

/**
 * One logged recommendation request: the candidates shown, their features, the 1-based
 * positions they were shown at and the graded feedback (0 none, 1 click, 2 enrol).
 */
public record TrainingSession(String requestId, float[][] features, int[] positions, float[] relevance) {

    public TrainingSession {
        if (features.length != positions.length || features.length != relevance.length) {
            throw new IllegalArgumentException("session " + requestId + ": " + features.length + " feature rows, "
                    + positions.length + " positions and " + relevance.length + " labels differ");
        }
    }

    public int size() {
        return features.length;
    }

    /** Whether any candidate got positive feedback (sessions without any teach a listwise model nothing). */
    public boolean hasPositive() {
        for (float r : relevance) {
            if (r > 0) {
                return true;
            }
        }
        return false;
    }
}
