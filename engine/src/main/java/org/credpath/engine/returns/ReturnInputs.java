package org.credpath.engine.returns;

import java.util.List;
import java.util.Objects;

/**
 * Inputs of an expected return.
 *
 * @param current          wages of the current occupation (required)
 * @param target           wages of the target occupation; null = no target (value skills by premium)
 * @param baseEssentialShare share of the target's essential skills held before the pathway
 * @param gapEssentialShare  how much of the remaining essential share the whole gap stands for (0..1)
 * @param priorRelevantCredentials credentials the learner holds already (0 = the first relevant step earns
 *                         the first-credential premium)
 */
public record ReturnInputs(WageDistribution current, WageDistribution target, List<StepOutcome> steps,
                           double baseEssentialShare, double gapEssentialShare, double hoursPerWeek,
                           int priorRelevantCredentials) {

    public ReturnInputs(WageDistribution current, WageDistribution target, List<StepOutcome> steps,
                        double baseEssentialShare, double gapEssentialShare, double hoursPerWeek) {
        this(current, target, steps, baseEssentialShare, gapEssentialShare, hoursPerWeek, 0);
    }

    public ReturnInputs {
        if (priorRelevantCredentials < 0) {
            throw new IllegalArgumentException("priorRelevantCredentials: must be >= 0, got " + priorRelevantCredentials);
        }
        Objects.requireNonNull(current, "current wages");
        steps = List.copyOf(steps);
        if (!(baseEssentialShare >= 0 && baseEssentialShare <= 1) || !(gapEssentialShare >= 0 && gapEssentialShare <= 1)) {
            throw new IllegalArgumentException("baseEssentialShare/gapEssentialShare: must be in [0, 1], got "
                    + baseEssentialShare + "/" + gapEssentialShare);
        }
        if (!(hoursPerWeek > 0)) {
            throw new IllegalArgumentException("hoursPerWeek: must be > 0, got " + hoursPerWeek);
        }
    }

    public ReturnInputs withSteps(List<StepOutcome> s) {
        return new ReturnInputs(current, target, s, baseEssentialShare, gapEssentialShare, hoursPerWeek,
                priorRelevantCredentials);
    }

    public ReturnInputs withTarget(WageDistribution t) {
        return new ReturnInputs(current, t, steps, baseEssentialShare, gapEssentialShare, hoursPerWeek,
                priorRelevantCredentials);
    }
}
