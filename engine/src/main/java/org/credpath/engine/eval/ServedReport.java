package org.credpath.engine.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The served protocol's figures ({@link ServedProtocol}).
 *
 * @param learners held-out learners asked
 * @param k        items asked for per learner
 * @param models   figures per served model, with how many learners got an empty answer
 */
@JsonPropertyOrder({"learners", "k", "models"})
public record ServedReport(int learners, int k, Map<String, Row> models) {

    public ServedReport {
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /**
     * @param metrics      ranking figures over the served list (a hidden credential not in it is a miss)
     * @param emptyAnswers learners who got no item at all
     * @param refused      learners the recommender refused (counted in {@code emptyAnswers} too)
     */
    @JsonPropertyOrder({"metrics", "emptyAnswers", "refused"})
    public record Row(ModelMetrics metrics, int emptyAnswers, int refused) {
    }
}
