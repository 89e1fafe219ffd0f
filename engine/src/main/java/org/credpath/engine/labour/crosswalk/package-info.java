/**
 * Joins between the taxonomies: ESCO occupation -> Nesta's ESCO/O*NET crosswalk (O*NET-SOC 2010)
 * -> O*NET-SOC 2019 -> SOC 2018 (first 7 characters) -> OEWS wages and BLS projections, with a
 * fall-back to the SOC broad group and, for ESCO occupations Nesta does not map, ISCO-08 -> SOC 2010
 * -> SOC 2018. Built by {@link org.credpath.engine.labour.crosswalk.Crosswalk#build}.
 */
package org.credpath.engine.labour.crosswalk;
