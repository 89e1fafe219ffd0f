package org.credpath.engine.rank;

import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.learner.Learner;

/**
 * The shared feature pipeline for one catalogue: the extractor (popularity from the given
 * training events only), the profile resolver and the logged sessions turned into training lists.
 */
public record FeatureSetup(FeatureExtractor extractor, ProfileResolver profiles, List<TrainingSession> sessions) {

    public static FeatureSetup build(Map<String, Credential> catalogue, Map<String, Learner> learners,
            List<Event> trainingEvents, OccupationSkills occupations, LearnerSignals signals) {
        return build(catalogue, learners, trainingEvents, trainingEvents, occupations, signals);
    }

    /**
     * @param statsEvents events the popularity features are counted from (the training events,
     *                    also when the sessions come from elsewhere, so feature scales match the model's)
     */
    public static FeatureSetup build(Map<String, Credential> catalogue, Map<String, Learner> learners,
            List<Event> trainingEvents, List<Event> statsEvents, OccupationSkills occupations,
            LearnerSignals signals) {
        CatalogueStats stats = new CatalogueStats(catalogue.values(), statsEvents, occupations.demand());
        FeatureExtractor extractor = new StandardFeatureExtractor(stats, signals);
        ProfileResolver profiles = new ProfileResolver(occupations, catalogue);
        List<TrainingSession> sessions = new SessionBuilder(extractor, profiles, catalogue).build(learners,
                trainingEvents);
        return new FeatureSetup(extractor, profiles, sessions);
    }
}
