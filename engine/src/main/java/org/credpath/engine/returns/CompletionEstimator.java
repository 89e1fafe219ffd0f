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
 * modules are all ~600-hour, level-agnostic), and the delivery context: self-paced online courses
 * are calibrated to the published MOOC median completion (12.6 %, Jordan 2015) instead of OULAD's 46.8 %. Adjustments multiply the odds. The model's inputs
 * are only the learner's hours per week and held credentials, so its answers are remembered by that
 * pair (a bounded Caffeine cache of at most {@value #MAX_REMEMBERED}): a plan or a request
 * with hundreds of candidates runs the trees once. Thread-safe; answers are exactly the model's.
 */
public final class CompletionEstimator {

    /** Odds multipliers for introductory / intermediate / advanced credentials (assumption). */
    static final double[] LEVEL_ODDS = {1.2, 1.0, 0.8};

    static final int MAX_REMEMBERED = 4096;

    /** Median completion of self-paced MOOCs, 221 courses (Jordan 2015; published anchor). */
    public static final double MOOC_MEDIAN_COMPLETION = 0.126;
    /** OULAD's completion rate among training students (the model's base rate, docs/returns.md). */
    public static final double OULAD_BASE_RATE = 0.468;
    /**
     * Odds multiplier for self-paced online delivery. OULAD's base rate mapped to the MOOC median is
     * odds(0.126) / odds(0.468) = 0.164; with the level and length adjustments and the sample learners'
     * hours that gave a median of 0.224 over (learner, online credential) pairs, so the multiplier is
     * 0.164 x odds(0.126) / odds(0.224) = 0.082, which brings that median to 0.126
     * ({@code ./credpath eval returns}, 200 sample learners, seed 42; docs/returns.md).
     */
    public static final double ONLINE_ODDS = odds(MOOC_MEDIAN_COMPLETION) / odds(OULAD_BASE_RATE)
            * odds(MOOC_MEDIAN_COMPLETION) / odds(0.224);

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
        double odds = odds(p) * levelOdds(c.level()) * lengthOdds(c.hours()) * deliveryOdds(c.delivery());
        return odds / (1 + odds);
    }

    private static double odds(double p) {
        return p / (1 - p);
    }

    /** Self-paced online (the bundled Coursera/edX catalogue) completes far less than OULAD's registered students. */
    static double deliveryOdds(org.credpath.engine.catalog.Delivery d) {
        return d == org.credpath.engine.catalog.Delivery.ONLINE ? ONLINE_ODDS : 1.0;
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
