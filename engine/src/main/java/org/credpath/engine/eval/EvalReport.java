package org.credpath.engine.eval;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of {@code credpath eval}: the number of held-out learners, figures per model, and
 * what was skipped in the input.
 *
 * @param learners                 learners with a hidden enrol that were ranked
 * @param models                   figures per model name, in report order
 * @param trainingSessions         logged requests used for training
 * @param unknownLearnerEvents     events that named a learner absent from the learners file
 * @param unknownCredentialEvents  events that named a credential absent from the catalogue
 */
@JsonPropertyOrder({"learners", "models", "trainingSessions", "unknownLearnerEvents", "unknownCredentialEvents"})
public record EvalReport(int learners, Map<String, ModelMetrics> models, int trainingSessions,
        int unknownLearnerEvents, int unknownCredentialEvents) {

    public EvalReport {
        models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
    }

    /** This report with one more row (e.g. the simulator's {@code oracle}) after the others. */
    public EvalReport withModel(String name, ModelMetrics metrics) {
        Map<String, ModelMetrics> more = new java.util.LinkedHashMap<>(models);
        more.put(name, metrics);
        return new EvalReport(learners, more, trainingSessions, unknownLearnerEvents, unknownCredentialEvents);
    }
}
