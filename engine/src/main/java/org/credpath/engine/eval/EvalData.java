package org.credpath.engine.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.learner.Learner;

/**
 * The three exchange files of an evaluation or training run. Events naming an unknown learner or
 * credential are counted and dropped, not fatal.
 */
public record EvalData(Map<String, Credential> catalogue, Map<String, Learner> learners, List<Event> events,
        int unknownLearnerEvents, int unknownCredentialEvents) {

    public static EvalData load(Path catalogFile, Path learnersFile, Path eventsFile) {
        Map<String, Credential> catalogue = new LinkedHashMap<>();
        for (Credential c : JsonLines.read(catalogFile, Credential.class)) {
            catalogue.putIfAbsent(c.id(), c);
        }
        Map<String, Learner> learners = new LinkedHashMap<>();
        List<Learner> list = JsonLines.read(learnersFile, Learner.class);
        for (int i = 0; i < list.size(); i++) {
            Learner l = list.get(i);
            if (l.id() == null) {
                throw new IllegalArgumentException(learnersFile + ": learner " + (i + 1) + " has no id");
            }
            learners.putIfAbsent(l.id(), l);
        }
        int unknownLearner = 0;
        int unknownCredential = 0;
        List<Event> events = new ArrayList<>();
        for (Event e : JsonLines.read(eventsFile, Event.class)) {
            if (!learners.containsKey(e.learnerId())) {
                unknownLearner++;
            } else if (!catalogue.containsKey(e.credentialId())) {
                unknownCredential++;
            } else {
                events.add(e);
            }
        }
        return new EvalData(catalogue, learners, events, unknownLearner, unknownCredential);
    }
}
