package org.credpath.engine.labour;

/** How an occupation or skill query was resolved. */
public enum MatchMethod {
    /** The query was an ESCO occupation URI. */
    URI,
    /** The query was an O*NET-SOC code, mapped to ESCO through the crosswalk. */
    ONET_CODE,
    /** The query was a SOC code (detailed or broad), mapped through O*NET and the crosswalk. */
    SOC_CODE,
    /** The query equals an ESCO label once normalised. */
    EXACT_LABEL,
    /** Free-text search: title resolver for occupations, BM25 / fuzzy label search for skills. */
    SEARCH,
    /** Nothing matched well enough; see the closest matches. */
    NONE
}
