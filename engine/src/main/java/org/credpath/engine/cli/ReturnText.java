package org.credpath.engine.cli;

import java.util.Locale;

import org.credpath.engine.returns.ExpectedReturn;

/** An expected return in words: the chance of the move, the gain, the expected value and its interval. */
final class ReturnText {
    private ReturnText() {
    }

    static String render(ExpectedReturn e, boolean hasTarget, String indent) {
        StringBuilder b = new StringBuilder();
        b.append(indent).append(String.format(Locale.ROOT,
                "estimated value over %.0f years: %,.0f USD expected (80%% interval of the estimate %,.0f .. %,.0f USD)%n",
                e.horizonYears(), e.mean(), e.low(), e.high()));
        b.append(indent).append(String.format(Locale.ROOT,
                "  if completed: about %,.0f USD a year more (%.1f%% of a %,.0f USD wage)%n",
                e.yearlyGainIfCompletedUsd(), 100 * e.yearlyGainShare(), e.currentWageUsd()));
        if (hasTarget) {
            b.append(indent).append(String.format(Locale.ROOT,
                    "  chance of the move: %.0f%% with it, %.0f%% without; if the move happens: %,.0f USD a year more%n",
                    100 * e.probabilityOfMove(), 100 * e.probabilityOfMoveWithout(),
                    e.yearlyGainIfMoveUsd() == null ? 0 : e.yearlyGainIfMoveUsd()));
        }
        if (e.unknownCostSteps() > 0) {
            b.append(indent).append(String.format(Locale.ROOT,
                    "  leaves out the cost of %d step(s) whose price is unknown%n", e.unknownCostSteps()));
        }
        if (!e.drivers().isEmpty()) {
            ExpectedReturn.Driver d = e.drivers().getFirst();
            b.append(indent).append(String.format(Locale.ROOT, "  largest driver: %s (%+,.0f USD %s)%n", d.input(),
                    d.meanShift(), d.explanation()));
        }
        return b.toString();
    }
}
