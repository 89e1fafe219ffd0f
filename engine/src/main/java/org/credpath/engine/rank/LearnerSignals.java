package org.credpath.engine.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.returns.CompletionArtifacts;
import org.credpath.engine.returns.CompletionEstimator;
import org.credpath.engine.returns.SkillPremiumModel;
import org.credpath.engine.skills.SkillEmbeddings;

/**
 * Signals from the other trained models that the features use: the skill premium (wage
 * regression on skills), the completion model (OULAD-trained, adjusted for level and length) and
 * the skill embeddings (Word2Vec on job postings).
 */
public interface LearnerSignals {

    /** Labour-market wage premium of a skill (0 when unknown). */
    double premium(String skillUri);

    /** Probability that this learner completes this credential. */
    double completion(Credential c, LearnerProfile learner);

    /** {@link #completion} for many credentials of one learner (implementations may do the learner's part once). */
    default ToDoubleFunction<Credential> completionFor(LearnerProfile learner) {
        return c -> completion(c, learner);
    }

    /** The embedding of an ESCO skill, when it has one. */
    Optional<float[]> skillVector(String skillUri);

    /** No signals: premium 0, completion 0.5, no vectors (tests and models trained without them). */
    static LearnerSignals none() {
        return new LearnerSignals() {
            @Override
            public double premium(String skillUri) {
                return 0;
            }

            @Override
            public double completion(Credential c, LearnerProfile learner) {
                return 0.5;
            }

            @Override
            public Optional<float[]> skillVector(String skillUri) {
                return Optional.empty();
            }
        };
    }

    /** Hours per week the completion feature assumes when the learner states none. */
    double DEFAULT_HOURS_PER_WEEK = 6;

    /** The models shipped under {@code models/} (skill-premium, completion, skill-embeddings). */
    static LearnerSignals shipped(CredpathHome home) {
        Path models = home.models();
        try {
            CompletionEstimator completion = new CompletionEstimator(CompletionArtifacts.load(
                    models.resolve(CompletionArtifacts.ID)).orElseThrow(() -> new IllegalStateException(
                            "no completion model in " + models.resolve(CompletionArtifacts.ID))));
            return shipped(home, completion);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the shipped models: " + e.getMessage(), e);
        }
    }

    /**
     * The shipped skill-premium model and skill embeddings, with completion from {@code completion}
     * (e.g. a server's one estimator, shared with its planner).
     */
    static LearnerSignals shipped(CredpathHome home, CompletionEstimator completion) {
        Path models = home.models();
        SkillPremiumModel premium = SkillPremiumModel.load(models.resolve(SkillPremiumModel.ID));
        Path vectors = models.resolve("skill-embeddings").resolve("vectors.bin.gz");
        if (!Files.exists(vectors)) {
            throw new IllegalStateException("no skill embeddings at " + vectors);
        }
        SkillEmbeddings embeddings = SkillEmbeddings.load(vectors);
        return new LearnerSignals() {
            @Override
            public double premium(String skillUri) {
                return premium.premium(skillUri);
            }

            @Override
            public double completion(Credential c, LearnerProfile learner) {
                return completionFor(learner).applyAsDouble(c);
            }

            @Override
            public ToDoubleFunction<Credential> completionFor(LearnerProfile learner) {
                double hours = learner.hoursPerWeek() == null ? DEFAULT_HOURS_PER_WEEK : learner.hoursPerWeek();
                return completion.forLearner(hours, learner.held().size());
            }

            @Override
            public Optional<float[]> skillVector(String skillUri) {
                return embeddings.skill(skillUri);
            }
        };
    }
}
