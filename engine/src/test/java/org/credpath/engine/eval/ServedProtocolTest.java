package org.credpath.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.recommend.Recommendation;
import org.credpath.engine.recommend.Recommendations;
import org.credpath.engine.recommend.Recommender;
import org.junit.jupiter.api.Test;

/** The served protocol asks the recommender as at the hidden enrol and scores its list; refusals are misses. */
class ServedProtocolTest {

    private static Event enrol(String learner, String credential, int day) {
        return new Event(learner, credential, EventType.ENROL, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * day),
                null, null);
    }

    private static Recommendations answer(String... ids) {
        List<Recommendation> items = new ArrayList<>();
        for (String id : ids) {
            items.add(new Recommendation(id, id, 1.0 / (items.size() + 1),
                    org.credpath.engine.catalog.Cost.unknown("test"), null, List.of()));
        }
        return new Recommendations("m", "1", items, List.of());
    }

    @Test
    void hiddenEnrolFoundAtItsServedRankEarlierEnrolsHeldRefusalsCounted() {
        Map<String, Credential> catalogue = new LinkedHashMap<>();
        for (String id : List.of("a", "b", "c", "d")) {
            catalogue.put(id, Credential.of(id, id));
        }
        Map<String, Learner> learners = new LinkedHashMap<>();
        learners.put("l-1", Learner.of("l-1"));
        learners.put("l-2", Learner.of("l-2"));
        List<Event> events = List.of(enrol("l-1", "a", 1), enrol("l-1", "b", 2), enrol("l-2", "c", 1));
        EvalData data = new EvalData(catalogue, learners, events, 0, 0);
        List<List<String>> heldSeen = new ArrayList<>();
        Recommender r = (learner, request) -> {
            heldSeen.add(learner.heldCredentials());
            if (learner.id().equals("l-2")) {
                throw new IllegalArgumentException("currentOccupation: nothing matches");
            }
            return answer("c", "b", "d");
        };
        ServedReport report = new ServedProtocol(10, m -> { }).run(data, HoldOut.split(events), Map.of("m", r),
                EvalOptions.defaults(1));

        assertThat(heldSeen).containsExactly(List.of("a"), List.of());
        ServedReport.Row row = report.models().get("m");
        assertThat(report.learners()).isEqualTo(2);
        assertThat(row.refused()).isEqualTo(1);
        assertThat(row.emptyAnswers()).isEqualTo(1);
        assertThat(row.metrics().mrr()).isEqualTo(0.25); // l-1 finds b at rank 2 (1/2), l-2 nothing
        assertThat(row.metrics().recall10()).isEqualTo(0.5);
    }
}
