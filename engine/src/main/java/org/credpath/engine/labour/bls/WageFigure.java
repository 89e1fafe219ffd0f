package org.credpath.engine.labour.bls;

/**
 * One published wage figure in US dollars.
 *
 * @param usd       the value; for a top-coded figure, the top-coding threshold
 * @param topCoded  BLS published {@code #}: the true value is at least {@code usd}
 */
public record WageFigure(double usd, boolean topCoded) {

    /** OEWS May 2024 top-codes annual wages at $239,200 (hourly $115.00). */
    public static final double ANNUAL_TOP_CODE = 239_200;
    public static final double HOURLY_TOP_CODE = 115.00;

    public WageFigure {
        if (!(usd > 0 && usd <= 1_000_000)) {
            throw new IllegalArgumentException("wage must be a positive number up to 1,000,000, got " + usd);
        }
    }
}
