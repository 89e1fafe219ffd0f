package org.credpath.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;

class TuningTest {

    private static EvalData data(int learners) {
        Map<String, Learner> ls = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            String id = "l-" + i;
            ls.put(id, Learner.of(id));
            events.add(new Event(id, "c-1", EventType.IMPRESSION, Instant.parse("2025-01-01T00:00:00Z"), 1, "r-" + i));
            events.add(new Event(id, "c-1", EventType.ENROL, Instant.parse("2025-01-01T00:01:00Z"), 1, "r-" + i));
        }
        return new EvalData(Map.of("c-1", Credential.of("c-1", "One")), ls, events, 0, 0);
    }

    @Test
    void splitIsSeededDisjointAndKeepsEachLearnersEventsTogether() {
        Tuning.Split a = Tuning.split(data(100), 0.2, 42);
        Tuning.Split b = Tuning.split(data(100), 0.2, 42);
        assertThat(a.validation().learners().keySet()).hasSize(20)
                .containsExactlyElementsOf(b.validation().learners().keySet());
        Set<String> both = new HashSet<>(a.fit().learners().keySet());
        both.retainAll(a.validation().learners().keySet());
        assertThat(both).isEmpty();
        assertThat(a.fit().learners()).hasSize(80);
        assertThat(a.validation().events()).hasSize(40)
                .allMatch(e -> a.validation().learners().containsKey(e.learnerId()));
        assertThat(a.fit().events()).hasSize(160).allMatch(e -> a.fit().learners().containsKey(e.learnerId()));
        assertThat(Tuning.split(data(100), 0.2, 7).validation().learners().keySet())
                .isNotEqualTo(a.validation().learners().keySet());
    }

    @Test
    void badShareIsRefusedWithTheValue() {
        assertThatThrownBy(() -> Tuning.split(data(10), 1.5, 1)).hasMessageContaining("1.5");
    }

    @Test
    void unknownRoundIsRefused() {
        assertThatThrownBy(() -> TuningGrid.round(3, 1, m -> { })).hasMessageContaining("got 3");
        assertThat(TuningGrid.round(2, 1, m -> { })).extracting(Tuning.Candidate::name)
                .contains("dl4j ipw<=2 early h32", "lambdamart 100r d4 eta0.1", "popularity");
    }
}
