package org.credpath.engine.labour.crosswalk;

import java.util.Objects;

/**
 * Where an ESCO occupation's wages come from.
 *
 * @param socCode  the SOC 2018 code the occupation maps to (detailed)
 * @param oewsCode the OEWS {@code OCC_CODE} actually used (equals {@code socCode} or its broad group)
 * @param route    how it was reached
 * @param replacedOewsCode with {@link WageRoute#TITLE_MATCH}: the OEWS code the crosswalk route gave, which the
 *                 occupation's own title contradicted; else null
 */
public record WageJoin(String socCode, String oewsCode, WageRoute route, String replacedOewsCode) {
    public WageJoin {
        Objects.requireNonNull(route, "route");
        if (socCode == null || oewsCode == null) {
            throw new IllegalArgumentException("wage join needs socCode and oewsCode");
        }
    }

    public WageJoin(String socCode, String oewsCode, WageRoute route) {
        this(socCode, oewsCode, route, null);
    }
}
