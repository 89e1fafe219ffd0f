/**
 * US Bureau of Labor Statistics data: OEWS national wage percentiles and employment (May 2024) and
 * Employment Projections 2024-34 (growth, annual openings, typical entry education), keyed by
 * SOC 2018 code, read by {@link org.credpath.engine.labour.bls.BlsLoader}. Public domain.
 */
package org.credpath.engine.labour.bls;
