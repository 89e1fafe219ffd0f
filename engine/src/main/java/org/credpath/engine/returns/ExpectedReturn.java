package org.credpath.engine.returns;

import java.util.List;

/**
 * A pathway's expected return: the discounted wage gain over the horizon minus cost, as a
 * distribution over completion, the move and wages.
 *
 * @param low     10th percentile (the 80% interval is [low, high])
 * @param high    90th percentile
 * @param mean    the mean over the draws (the expectation: with a rare move it lies far above the median)
 * @param drivers inputs that moved the median most, largest first
 */
public record ExpectedReturn(double median, double low, double high, double mean, String currency, double horizonYears,
                             double probabilityOfMove, List<Driver> drivers) {
    public ExpectedReturn {
        drivers = List.copyOf(drivers);
    }

    /**
     * How much the median changes when one input is set to its favourable value.
     *
     * @param input       e.g. "completion", "move", "wage gap", "cost"
     * @param medianShift change of the median in US dollars
     */
    public record Driver(String input, double medianShift, String explanation) {
    }
}
