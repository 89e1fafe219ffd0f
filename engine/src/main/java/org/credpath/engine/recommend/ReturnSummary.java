package org.credpath.engine.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.credpath.engine.returns.ExpectedReturn;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An expected return as a learner reads it: median and 80 % interval in US dollars over a horizon,
 * the mean, the probability of moving into the target occupation, and the inputs that drove it.
 *
 * @param meanUsd                the mean over the draws; when the move is unlikely the median is minus
 *                               the cost while the mean carries the chance of the move
 * @param moveProbability        probability of the move with the steps' expected coverage; null with no target
 * @param moveProbabilityWithout probability of that move without the steps; null with no target
 */
@JsonPropertyOrder({"medianUsd", "p10Usd", "p90Usd", "meanUsd", "moveProbability", "moveProbabilityWithout",
        "horizonYears", "drivers"})
public record ReturnSummary(double medianUsd, double p10Usd, double p90Usd, double meanUsd, Double moveProbability,
        Double moveProbabilityWithout, int horizonYears, List<String> drivers) {

    public ReturnSummary {
        if (!(p10Usd <= medianUsd && medianUsd <= p90Usd)) {
            throw new IllegalArgumentException("expected return: need p10 <= median <= p90, got "
                    + p10Usd + ", " + medianUsd + ", " + p90Usd);
        }
        drivers = List.copyOf(Objects.requireNonNullElse(drivers, List.of()));
    }

    /** The return model's distribution in this shape; {@code hasTarget} false = no move probabilities. */
    public static ReturnSummary of(ExpectedReturn er, boolean hasTarget) {
        List<String> drivers = er.drivers().stream().map(d -> String.format(Locale.ROOT,
                "%s: %+.0f USD on the mean (%s)", d.input(), d.meanShift(), d.explanation())).toList();
        return new ReturnSummary(er.median(), er.low(), er.high(), er.mean(), hasTarget ? er.probabilityOfMove() : null,
                hasTarget ? er.probabilityOfMoveWithout() : null, (int) Math.round(er.horizonYears()), drivers);
    }
}
