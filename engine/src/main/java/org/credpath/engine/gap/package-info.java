/**
 * Skill gap against a target occupation: which of its essential and optional skills the learner
 * lacks, each weighted by importance (essential or optional) and labour-market demand (O*NET hot
 * and in-demand technologies; the occupation's BLS growth and openings are reported beside), and
 * the covered share. {@link org.credpath.engine.gap.OccupationProfile} is the seam to the labour
 * market; {@link org.credpath.engine.gap.LabourProfiles} fills it from the shipped data.
 */
package org.credpath.engine.gap;
