package org.credpath.engine.labour.bls;

import java.util.Objects;

/**
 * One OEWS national cross-industry row.
 *
 * @param socCode    SOC 2018 code ({@code OCC_CODE}), e.g. {@code 15-1252} or broad {@code 15-1250}
 * @param title      {@code OCC_TITLE}
 * @param group      {@code O_GROUP}: detailed, broad, minor, major or total
 * @param employment {@code TOT_EMP}, or -1 when not published
 * @param annual     annual wage percentiles
 * @param hourly     hourly wage percentiles
 * @param hourlyOnly BLS publishes only hourly wages (e.g. actors): annual figures are null
 */
public record OewsOccupation(String socCode, String title, String group, long employment,
                             WagePercentiles annual, WagePercentiles hourly, boolean hourlyOnly) {
    public OewsOccupation {
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(hourly, "hourly");
        if (socCode == null || !socCode.matches("\\d{2}-\\d{4}")) {
            throw new IllegalArgumentException("OEWS OCC_CODE must look like 15-1252, got '" + socCode + "'");
        }
        if (employment < -1) {
            throw new IllegalArgumentException("employment must be >= 0 or -1 (unknown), got " + employment);
        }
        title = title == null ? "" : title;
        group = group == null ? "" : group;
    }
}
