package org.credpath.engine.returns;

import java.util.List;

/**
 * A pathway's expected return against not taking it, as an estimate with its uncertainty: the
 * discounted yearly wage gain (a within-occupation premium anchored on Brookings 2025, plus the
 * move into the target that the pathway adds) over the horizon, weighted by completion, minus the
 * priced cost. The distribution is over the uncertain inputs (premium within its anchor range,
 * completion, the move's slope, the learner's wage rank), so its interval is the estimate's, not
 * the spread of one learner's outcomes.
 *
 * @param median                   median of the estimate
 * @param low                      10th percentile (the 80 % interval is [low, high])
 * @param high                     90th percentile
 * @param mean                     the expected value (mean over the draws)
 * @param probabilityOfMove        probability of the move with the pathway completed as expected
 * @param probabilityOfMoveWithout probability of the move without it (0 with no target)
 * @param currentWageUsd           the learner's current yearly wage used (occupation median)
 * @param yearlyGainIfCompletedUsd yearly wage gain once every step is completed (central inputs)
 * @param yearlyGainIfMoveUsd      yearly gain if the move into the target happens (median wages);
 *                                 null with no target
 * @param unknownCostSteps         steps whose cost is unknown: left out of the figures above (not as 0)
 * @param drivers                  inputs that moved the mean most, largest first
 */
public record ExpectedReturn(double median, double low, double high, double mean, String currency, double horizonYears,
                             double probabilityOfMove, double probabilityOfMoveWithout, double currentWageUsd,
                             double yearlyGainIfCompletedUsd, Double yearlyGainIfMoveUsd, int unknownCostSteps,
                             List<Driver> drivers) {
    public ExpectedReturn {
        drivers = List.copyOf(drivers);
    }

    /** The yearly gain once completed as a share of the current wage. */
    public double yearlyGainShare() {
        return currentWageUsd > 0 ? yearlyGainIfCompletedUsd / currentWageUsd : 0;
    }

    /**
     * How much the mean changes when one input is set to its favourable value.
     *
     * @param input       e.g. "completion", "move", "wage gap", "cost"
     * @param meanShift   change of the mean in US dollars
     */
    public record Driver(String input, double meanShift, String explanation) {
    }
}
