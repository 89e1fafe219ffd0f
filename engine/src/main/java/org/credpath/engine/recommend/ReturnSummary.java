package org.credpath.engine.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.credpath.engine.returns.ExpectedReturn;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An expected return as a learner reads it (an estimate): the expected value over the horizon with
 * the 80 % interval of the estimate, the yearly gain if completed, the chance of the move with and
 * without the credential and the gain if it happens, and the inputs that drove it.
 *
 * @param medianUsd              median of the estimate (USD over the horizon, discounted, after cost)
 * @param p10Usd                 10th percentile of the estimate
 * @param p90Usd                 90th percentile of the estimate
 * @param meanUsd                the expected value
 * @param moveProbability        probability of the move with the steps' expected coverage; null with no target
 * @param moveProbabilityWithout probability of that move without the steps; null with no target
 * @param yearlyGainIfCompletedUsd yearly wage gain once completed (central inputs)
 * @param yearlyGainIfMoveUsd    yearly gain if the move happens (median wages); null with no target
 * @param currentWageUsd         the current yearly wage used (occupation median)
 * @param unknownCostSteps       steps whose unknown cost is left out of these figures (never taken as 0)
 * @param summary                the estimate in one sentence
 */
@JsonPropertyOrder({"medianUsd", "p10Usd", "p90Usd", "meanUsd", "moveProbability", "moveProbabilityWithout",
        "yearlyGainIfCompletedUsd", "yearlyGainIfMoveUsd", "currentWageUsd", "unknownCostSteps", "horizonYears",
        "summary", "drivers"})
public record ReturnSummary(double medianUsd, double p10Usd, double p90Usd, double meanUsd, Double moveProbability,
        Double moveProbabilityWithout, double yearlyGainIfCompletedUsd, Double yearlyGainIfMoveUsd,
        double currentWageUsd, int unknownCostSteps, int horizonYears, String summary, List<String> drivers) {

    public ReturnSummary {
        if (!(p10Usd <= medianUsd && medianUsd <= p90Usd)) {
            throw new IllegalArgumentException("expected return: need p10 <= median <= p90, got "
                    + p10Usd + ", " + medianUsd + ", " + p90Usd);
        }
        drivers = List.copyOf(Objects.requireNonNullElse(drivers, List.of()));
    }

    /** The return model's estimate in this shape; {@code hasTarget} false = no move probabilities. */
    public static ReturnSummary of(ExpectedReturn er, boolean hasTarget) {
        List<String> drivers = er.drivers().stream().map(d -> String.format(Locale.ROOT,
                "%s: %+.0f USD on the expected value (%s)", d.input(), d.meanShift(), d.explanation())).toList();
        return new ReturnSummary(er.median(), er.low(), er.high(), er.mean(), hasTarget ? er.probabilityOfMove() : null,
                hasTarget ? er.probabilityOfMoveWithout() : null, er.yearlyGainIfCompletedUsd(),
                hasTarget ? er.yearlyGainIfMoveUsd() : null, er.currentWageUsd(), er.unknownCostSteps(),
                (int) Math.round(er.horizonYears()), sentence(er, hasTarget), drivers);
    }

    /** "Estimate: +1,234 USD over 5 years (80 % interval 500 .. 2,100); if completed about +1,500 USD a year ..." */
    public static String sentence(ExpectedReturn er, boolean hasTarget) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "estimate: %+,.0f USD over %d years after cost (80%% interval %+,.0f .. %+,.0f); if completed about"
                        + " %+,.0f USD a year (%.1f%% of the %,.0f USD median wage)", er.mean(),
                Math.round(er.horizonYears()), er.low(), er.high(), er.yearlyGainIfCompletedUsd(),
                100 * er.yearlyGainShare(), er.currentWageUsd()));
        if (hasTarget) {
            b.append(String.format(Locale.ROOT, "; chance of the move %.0f%% with it vs %.0f%% without, worth %+,.0f USD"
                    + " a year if it happens", 100 * er.probabilityOfMove(), 100 * er.probabilityOfMoveWithout(),
                    er.yearlyGainIfMoveUsd() == null ? 0 : er.yearlyGainIfMoveUsd()));
        }
        if (er.unknownCostSteps() > 0) {
            b.append("; leaves out an unknown cost");
        }
        return b.toString();
    }
}
