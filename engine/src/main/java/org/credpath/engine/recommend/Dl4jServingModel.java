package org.credpath.engine.recommend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.PathwayService;
import org.credpath.engine.rank.CatalogueStats;
import org.credpath.engine.rank.Dl4jRanker;
import org.credpath.engine.rank.FeatureExtractor;
import org.credpath.engine.rank.LearnerProfile;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.rank.ProfileResolver;
import org.credpath.engine.rank.StandardFeatureExtractor;

import tools.jackson.databind.JsonNode;

/**
 * The trained DL4J ranker ({@code models/ranker-default}, kind {@value #KIND}) behind the serving
 * seam: the learner, already resolved to ESCO URIs by the planner's preparation, becomes the
 * ranker's {@link LearnerProfile}; the shared feature extractor scores every candidate in one
 * batch. Popularity and click-rate features come from an empty event log at serving (the
 * simulated training events are not shipped), so they are equal for every candidate.
 */
public final class Dl4jServingModel implements ServingModel {

    public static final String KIND = "dl4j-listwise-mlp";

    private final ModelInfo info;
    private final Dl4jRanker ranker;
    private final FeatureExtractor features;
    private final ProfileResolver profiles;

    public Dl4jServingModel(ModelInfo info, Dl4jRanker ranker, FeatureExtractor features, ProfileResolver profiles) {
        this.info = Objects.requireNonNull(info, "info");
        this.ranker = Objects.requireNonNull(ranker, "ranker");
        this.features = Objects.requireNonNull(features, "features");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        List<String> trained = ranker.normalizer().featureNames();
        if (!trained.equals(features.featureNames())) {
            throw new IllegalArgumentException("model " + info.id() + ": trained on features " + trained
                    + " but this server extracts " + features.featureNames() + "; retrain it (./credpath train ranker)");
        }
    }

    /** Loads a model folder written by {@code ./credpath train ranker}. */
    public static Dl4jServingModel load(Path dir, ModelInfo info, Map<String, Credential> catalogue,
            OccupationSkills occupations, LearnerSignals signals) {
        Dl4jRanker ranker;
        try {
            ranker = Dl4jRanker.load(dir);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("model " + info.id() + ": " + e.getMessage(), e);
        }
        CatalogueStats stats = new CatalogueStats(catalogue.values(), List.of(), occupations.demand());
        return new Dl4jServingModel(info, ranker, new StandardFeatureExtractor(stats, signals),
                new ProfileResolver(occupations, catalogue));
    }

    /** The ModelInfo of a model folder: its id, version and provenance. */
    static ModelInfo info(Path dir, JsonNode provenance, JsonNode metrics) {
        String id = dir.getFileName().toString();
        String version = provenance.hasNonNull("version") ? provenance.get("version").asString()
                : provenance.hasNonNull("createdAt") ? provenance.get("createdAt").asString() : id;
        return new ModelInfo(id, version, provenance, metrics);
    }

    /** The trained network over the shared features (e.g. to score an evaluation's feature matrix). */
    public Dl4jRanker ranker() {
        return ranker;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates) {
        LearnerProfile profile = profiles.profile(resolved(learner.prepared()), List.of());
        return ranker.score(features.extract(profile, candidates));
    }

    /** Id given to an inline learner that has none (the ranker's profile needs one; it is not a feature). */
    static final String INLINE_ID = "inline";

    /** The learner with occupations and skills as the ESCO URIs the planner resolved them to. */
    static Learner resolved(PathwayService.Prepared p) {
        Learner l = p.learner();
        List<String> skills = new ArrayList<>(p.state().byUri().keySet());
        return new Learner(l.id() == null ? INLINE_ID : l.id(), l.heldCredentials(), skills, p.current() == null ? null : p.current().uri(),
                p.target() == null ? null : p.target().uri(), l.budgetUsd(), l.hoursPerWeek(), l.deadlineWeeks(),
                l.delivery());
    }
}
