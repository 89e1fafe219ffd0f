package org.credpath.engine.labour.bls;

/**
 * Wage distribution of an occupation. A null figure means BLS published none ({@code *}: not
 * available, e.g. annual wages of occupations paid only by the hour, or blank).
 */
public record WagePercentiles(WageFigure p10, WageFigure p25, WageFigure median, WageFigure p75,
                              WageFigure p90, WageFigure mean) {

    /** True when at least the median is published. */
    public boolean hasMedian() {
        return median != null;
    }
}
