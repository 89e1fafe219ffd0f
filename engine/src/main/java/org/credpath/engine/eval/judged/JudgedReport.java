package org.credpath.engine.eval.judged;

import java.util.List;

/**
 * Judged-set figures of one system.
 *
 * @param system     the name the caller gave the ranked lists (e.g. the model)
 * @param split      the half evaluated; {@code null} = both halves
 * @param overall    one summary per metric over all evaluated learners
 * @param groups     the same per ESCO major group, groups in name order
 * @param perLearner one score per evaluated learner, in the set's order
 */
public record JudgedReport(String system, Split split, List<MetricSummary> overall, List<GroupSummary> groups,
        List<LearnerScore> perLearner) {

    public JudgedReport {
        overall = List.copyOf(overall);
        groups = List.copyOf(groups);
        perLearner = List.copyOf(perLearner);
    }

    /** The overall summary of {@code metric}. */
    public MetricSummary metric(String metric) {
        return overall.stream().filter(m -> m.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("metric: unknown \"" + metric + "\""));
    }
}
