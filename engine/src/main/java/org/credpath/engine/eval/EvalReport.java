package org.credpath.engine.eval;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of {@code credpath eval}: the number of held-out learners, figures per model under the
 * whole-catalogue protocol, optionally the served protocol's figures, where the data came from, and
 * what was skipped in the input.
 *
 * @param learners                 learners with a hidden enrol that were ranked
 * @param models                   figures per model name, in report order
 * @param trainingSessions         logged requests used for training
 * @param unknownLearnerEvents     events that named a learner absent from the learners file
 * @param unknownCredentialEvents  events that named a credential absent from the catalogue
 * @param data                     where the events came from (e.g. simulated, with the simulator's settings); null = not stated
 * @param protocol                 how {@code models} were measured
 * @param served                   the served protocol's figures; null when not run
 */
@JsonPropertyOrder({"data", "protocol", "learners", "models", "trainingSessions", "unknownLearnerEvents",
        "unknownCredentialEvents", "served"})
public record EvalReport(int learners, Map<String, ModelMetrics> models, int trainingSessions,
        int unknownLearnerEvents, int unknownCredentialEvents, String data, String protocol, ServedReport served) {

    /** What {@code models} measure: the protocol the rankers are compared under. */
    public static final String WHOLE_CATALOGUE = "whole-catalogue: each learner's last enrol hidden; the whole catalogue"
            + " minus the credentials enrolled before it ranked by every model over the shared features";

    public EvalReport {
        models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
        protocol = protocol == null ? WHOLE_CATALOGUE : protocol;
    }

    /** A whole-catalogue report without a stated data source or served figures. */
    public EvalReport(int learners, Map<String, ModelMetrics> models, int trainingSessions, int unknownLearnerEvents,
            int unknownCredentialEvents) {
        this(learners, models, trainingSessions, unknownLearnerEvents, unknownCredentialEvents, null, null, null);
    }

    /** This report with its data source stated. */
    public EvalReport withData(String source) {
        return new EvalReport(learners, models, trainingSessions, unknownLearnerEvents, unknownCredentialEvents, source,
                protocol, served);
    }

    /** This report with the served protocol's figures. */
    public EvalReport withServed(ServedReport figures) {
        return new EvalReport(learners, models, trainingSessions, unknownLearnerEvents, unknownCredentialEvents, data,
                protocol, figures);
    }

    /** This report with one more row (e.g. the simulator's {@code oracle}) after the others. */
    public EvalReport withModel(String name, ModelMetrics metrics) {
        Map<String, ModelMetrics> more = new java.util.LinkedHashMap<>(models);
        more.put(name, metrics);
        return new EvalReport(learners, more, trainingSessions, unknownLearnerEvents, unknownCredentialEvents, data,
                protocol, served);
    }
}
