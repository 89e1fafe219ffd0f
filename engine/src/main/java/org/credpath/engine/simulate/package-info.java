/**
 * The learner simulator: synthetic learners grounded in real labour-market data (occupations
 * drawn by OEWS employment, targets from O*NET Related Occupations, skills from ESCO) who browse
 * recommendation lists (a {@link org.credpath.engine.simulate.LoggingPolicy}) or search for
 * themselves, under a documented choice model with position bias ({@link org.credpath.engine.simulate.ChoiceModel}
 * v1/v2, or the held-out two-stage {@link org.credpath.engine.simulate.TwoStageChoice} v3). Every simulation also writes
 * the protocol's ceiling, {@code oracle.json}. There is no
 * open log of real learners choosing credentials, so every quality figure built on this data is
 * labelled "simulated". See docs/ranking.md.
 */
package org.credpath.engine.simulate;
