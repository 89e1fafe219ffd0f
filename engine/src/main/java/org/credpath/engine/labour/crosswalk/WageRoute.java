package org.credpath.engine.labour.crosswalk;

/** How an ESCO occupation reached an OEWS wage row. */
public enum WageRoute {
    /** Nesta -> O*NET-SOC 2019 -> the detailed SOC 2018 code has an OEWS median. */
    ONET_DETAILED,
    /** As above, but only the SOC broad group ({@code code[:6]+"0"}) has an OEWS median. */
    ONET_BROAD_GROUP,
    /** No usable Nesta row: ESCO's ISCO-08 group -> SOC 2010 -> SOC 2018, the most employed match. */
    ISCO_FALLBACK,
    /**
     * Re-priced: the occupation's ESCO label is an O*NET title or alternate title, none of whose SOC codes is
     * the one the routes above gave (e.g. "data analyst", which Nesta maps to computer and information research
     * scientists); the wage is the employment-weighted median OEWS row among the title's SOC codes.
     */
    TITLE_MATCH
}
