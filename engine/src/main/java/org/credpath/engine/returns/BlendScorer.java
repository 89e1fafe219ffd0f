package org.credpath.engine.returns;

import java.io.Serial;
import java.util.List;

/** The mean of several scorers' probabilities (e.g. a logistic regression and a tree ensemble). */
final class BlendScorer implements CompletionScorer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<CompletionScorer> parts;

    BlendScorer(List<CompletionScorer> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts: need at least one scorer, got none");
        }
        this.parts = List.copyOf(parts);
    }

    @Override
    public double score(double[] x) {
        double sum = 0;
        for (CompletionScorer s : parts) {
            sum += s.score(x);
        }
        return sum / parts.size();
    }

    @Override
    public List<Double> importance() {
        return parts.stream().map(CompletionScorer::importance).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
    }
}
