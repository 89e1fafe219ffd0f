/**
 * Labour-market knowledge: ESCO occupations and skills, O*NET, BLS wages and projections, the
 * crosswalks that join them, and a job-title resolver.
 *
 * <p>Start at {@link org.credpath.engine.labour.LabourMarket}: it loads every source once from
 * {@link org.credpath.engine.data.CredpathHome} and answers questions about an occupation given by
 * ESCO URI, O*NET-SOC code, SOC code or free-text title. Sub-packages hold one source each
 * ({@code esco}, {@code onet}, {@code bls}, {@code crosswalk}) and the title resolver ({@code title}).
 */
package org.credpath.engine.labour;
