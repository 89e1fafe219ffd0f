package org.credpath.engine.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.credpath.engine.learner.Learner;

/**
 * Replays each learner's events in time order and turns every request with impressions into a
 * {@link TrainingSession}; the profile used for a request includes the credentials the learner
 * enrolled in before it, so features match what the learner looked like at the time.
 */
public final class SessionBuilder {

    private final FeatureExtractor features;
    private final ProfileResolver profiles;
    private final Map<String, Credential> catalogue;

    public SessionBuilder(FeatureExtractor features, ProfileResolver profiles, Map<String, Credential> catalogue) {
        this.features = features;
        this.profiles = profiles;
        this.catalogue = catalogue;
    }

    /** Sessions from events of known learners and credentials; events must name a request id to count. */
    public List<TrainingSession> build(Map<String, Learner> learners, List<Event> events) {
        Map<String, List<Event>> byLearner = new LinkedHashMap<>();
        for (Event e : events) {
            if (learners.containsKey(e.learnerId()) && catalogue.containsKey(e.credentialId())) {
                byLearner.computeIfAbsent(e.learnerId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<TrainingSession> out = new ArrayList<>();
        for (Map.Entry<String, List<Event>> entry : byLearner.entrySet()) {
            replay(learners.get(entry.getKey()), entry.getValue(), out);
        }
        return out;
    }

    private void replay(Learner learner, List<Event> events, List<TrainingSession> out) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::timestamp));
        Map<String, List<Event>> byRequest = new LinkedHashMap<>();
        for (Event e : sorted) {
            if (e.requestId() != null) {
                byRequest.computeIfAbsent(e.requestId(), k -> new ArrayList<>()).add(e);
            }
        }
        Set<String> gained = new HashSet<>();
        for (Map.Entry<String, List<Event>> req : byRequest.entrySet()) {
            TrainingSession s = session(learner, gained, req.getKey(), req.getValue());
            if (s != null) {
                out.add(s);
            }
            for (Event e : req.getValue()) {
                if (e.type() == EventType.ENROL) {
                    gained.add(e.credentialId());
                }
            }
        }
    }

    private TrainingSession session(Learner learner, Set<String> gained, String requestId, List<Event> events) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        Map<String, Float> grade = new LinkedHashMap<>();
        for (Event e : events) {
            switch (e.type()) {
                case IMPRESSION -> shown.putIfAbsent(e.credentialId(), e.position() == null ? shown.size() + 1 : e.position());
                case CLICK -> grade.merge(e.credentialId(), 1f, Math::max);
                case ENROL, COMPLETE -> grade.merge(e.credentialId(), 2f, Math::max);
                default -> { }
            }
        }
        if (shown.isEmpty()) {
            return null;
        }
        LearnerProfile profile = profiles.profile(learner, gained);
        List<Credential> cands = shown.keySet().stream().map(catalogue::get).toList();
        float[][] x = features.extract(profile, cands);
        int[] pos = shown.values().stream().mapToInt(Integer::intValue).toArray();
        float[] rel = new float[cands.size()];
        for (int i = 0; i < rel.length; i++) {
            rel[i] = grade.getOrDefault(cands.get(i).id(), 0f);
        }
        return new TrainingSession(requestId, x, pos, rel);
    }
}
