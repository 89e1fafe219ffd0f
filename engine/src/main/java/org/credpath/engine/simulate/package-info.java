/**
 * The learner simulator: synthetic learners grounded in real labour-market data (occupations
 * drawn by OEWS employment, targets from O*NET Related Occupations, skills from ESCO) who browse
 * ranked recommendation lists under a documented choice model with position bias. There is no
 * open log of real learners choosing credentials, so every quality figure built on this data is
 * labelled "simulated". See docs/ranking.md.
 */
package org.credpath.engine.simulate;
