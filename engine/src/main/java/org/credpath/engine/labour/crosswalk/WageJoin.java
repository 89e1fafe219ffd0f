package org.credpath.engine.labour.crosswalk;

import java.util.Objects;

/**
 * Where an ESCO occupation's wages come from.
 *
 * @param socCode  the SOC 2018 code the occupation maps to (detailed)
 * @param oewsCode the OEWS {@code OCC_CODE} actually used (equals {@code socCode} or its broad group)
 * @param route    how it was reached
 */
public record WageJoin(String socCode, String oewsCode, WageRoute route) {
    public WageJoin {
        Objects.requireNonNull(route, "route");
        if (socCode == null || oewsCode == null) {
            throw new IllegalArgumentException("wage join needs socCode and oewsCode");
        }
    }
}
