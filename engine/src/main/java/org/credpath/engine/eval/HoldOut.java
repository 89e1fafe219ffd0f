package org.credpath.engine.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;

/**
 * The evaluation protocol's split: each learner's last {@code enrol} (latest timestamp, later
 * file line on ties) is hidden; that learner's events from the hidden enrol's request onward (or
 * at/after its time when it has no request id) leave the training events.
 *
 * @param cases    one case per learner with at least one enrol
 * @param training events that remain visible
 */
public record HoldOut(List<Case> cases, List<Event> training) {

    /** A hidden enrol and the credentials the learner enrolled in before it. */
    public record Case(String learnerId, String hiddenCredentialId, Set<String> enrolledBefore) {
        public Case {
            enrolledBefore = Set.copyOf(enrolledBefore);
        }
    }

    public static HoldOut split(List<Event> events) {
        Map<String, Event> last = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.type() == EventType.ENROL) {
                Event prev = last.get(e.learnerId());
                if (prev == null || !e.timestamp().isBefore(prev.timestamp())) {
                    last.put(e.learnerId(), e);
                }
            }
        }
        Map<String, Set<String>> before = new HashMap<>();
        List<Event> training = new ArrayList<>();
        for (Event e : events) {
            Event hidden = last.get(e.learnerId());
            if (hidden != null && isHiddenPart(e, hidden)) {
                continue;
            }
            training.add(e);
            if (e.type() == EventType.ENROL) {
                before.computeIfAbsent(e.learnerId(), k -> new HashSet<>()).add(e.credentialId());
            }
        }
        List<Case> cases = new ArrayList<>();
        last.forEach((learner, hidden) -> cases.add(new Case(learner, hidden.credentialId(),
                before.getOrDefault(learner, Set.of()))));
        return new HoldOut(cases, training);
    }

    private static boolean isHiddenPart(Event e, Event hidden) {
        if (hidden.requestId() != null && hidden.requestId().equals(e.requestId())) {
            return true;
        }
        return !e.timestamp().isBefore(hidden.timestamp());
    }
}
