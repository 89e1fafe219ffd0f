package org.credpath.engine.returns;

import java.util.List;

/**
 * A pathway's expected return against not taking it: the discounted wage gain of the moves the
 * pathway adds, over the horizon, minus cost, as a distribution over completion, the move and wages.
 *
 * @param low     10th percentile (the 80% interval is [low, high])
 * @param high    90th percentile
 * @param mean    the mean over the draws (the expectation: with a rare move it lies far above the median)
 * @param probabilityOfMove        probability of the move with the pathway completed as expected
 * @param probabilityOfMoveWithout probability of the move without it (0 with no target)
 * @param drivers inputs that moved the mean most, largest first
 */
public record ExpectedReturn(double median, double low, double high, double mean, String currency, double horizonYears,
                             double probabilityOfMove, double probabilityOfMoveWithout, List<Driver> drivers) {
    public ExpectedReturn {
        drivers = List.copyOf(drivers);
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
