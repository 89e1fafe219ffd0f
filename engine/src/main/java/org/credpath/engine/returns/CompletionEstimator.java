package org.credpath.engine.returns;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

import com.github.benmanes.caffeine.cache.Cache;

import org.credpath.engine.cache.NamedCaches;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Level;

/**
 * The completion probability of one credential for one learner: the OULAD-trained model on the
 * features Credpath knows (hours per week, held credentials as prior completions), then two
 * documented adjustments OULAD cannot learn: the credential's level and its length (OULAD
 * modules are all ~600-hour, level-agnostic). Adjustments multiply the odds. The model's inputs
 * are only the learner's hours per week and held credentials, so its answers are remembered by that
 * pair (a bounded Caffeine cache of at most {@value #MAX_REMEMBERED}): a plan or a request
 * with hundreds of candidates runs the trees once. Thread-safe; answers are exactly the model's.
 */
public final class CompletionEstimator {

    /** Odds multipliers for introductory / intermediate / advanced credentials (assumption). */
    static final double[] LEVEL_ODDS = {1.2, 1.0, 0.8};

    static final int MAX_REMEMBERED = 4096;

    private record LearnerInput(double hoursPerWeek, int heldCredentials) {
    }

    private final CompletionModel model;
    private final Cache<LearnerInput, Double> remembered = NamedCaches.build("completion-probabilities", MAX_REMEMBERED);

    public CompletionEstimator(CompletionModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * @param hoursPerWeek   the learner's study hours per week
     * @param heldCredentials how many credentials the learner already holds
     */
    public double probability(Credential c, double hoursPerWeek, int heldCredentials) {
        return adjusted(learnerProbability(hoursPerWeek, heldCredentials), c);
    }

    /**
     * The same probabilities for many credentials of one learner: the model runs once (its inputs
     * do not depend on the credential), the level and length adjustments per credential.
     */
    public ToDoubleFunction<Credential> forLearner(double hoursPerWeek, int heldCredentials) {
        double p = learnerProbability(hoursPerWeek, heldCredentials);
        return c -> adjusted(p, c);
    }

    private double learnerProbability(double hoursPerWeek, int heldCredentials) {
        return remembered.get(new LearnerInput(hoursPerWeek, heldCredentials),
                k -> runModel(k.hoursPerWeek(), k.heldCredentials()));
    }

    /** How many learner inputs are remembered (tests). */
    long remembered() {
        remembered.cleanUp();
        return remembered.estimatedSize();
    }

    private double runModel(double hoursPerWeek, int heldCredentials) {
        CompletionFeatures f = new CompletionFeatures(hoursPerWeek, 0, 1, heldCredentials, 0,
                CompletionFeatures.DEFAULT_EDUCATION, CompletionFeatures.DEFAULT_AGE_BAND,
                CompletionFeatures.DEFAULT_COMPLETION_RATE, CredentialProfile.UNKNOWN);
        return Math.min(0.99, Math.max(0.01, model.probability(f)));
    }

    private static double adjusted(double p, Credential c) {
        double odds = p / (1 - p) * levelOdds(c.level()) * lengthOdds(c.hours());
        return odds / (1 + odds);
    }

    static double levelOdds(Level level) {
        return level == null ? 1.0 : LEVEL_ODDS[level.ordinal()];
    }

    /** Short credentials are likelier to be finished than OULAD's ~600-hour modules (assumption: x1.5 under 20 h, x0.8 over 150 h). */
    static double lengthOdds(Double hours) {
        if (hours == null) {
            return 1.0;
        }
        return hours < 20 ? 1.5 : hours > 150 ? 0.8 : 1.0;
    }
}
