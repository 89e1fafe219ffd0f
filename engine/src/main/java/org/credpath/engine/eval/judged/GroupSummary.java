package org.credpath.engine.eval.judged;

import java.util.List;

/** The metric summaries of the learners of one ESCO major group. */
public record GroupSummary(String group, int learners, List<MetricSummary> metrics) {

    public GroupSummary {
        metrics = List.copyOf(metrics);
    }
}
