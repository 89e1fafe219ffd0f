package org.credpath.engine.gap;

/**
 * How gap skills are weighted: {@code importance x demand}.
 *
 * @param essentialWeight importance of an essential skill of the target
 * @param optionalWeight  importance of an optional skill
 * @param hotBoost        demand multiplier for a skill matched to an O*NET hot technology
 * @param inDemandBoost   demand multiplier for a skill matched to an O*NET in-demand technology
 * @param openingsBoost   extra weight for the skill with the most BLS openings behind it: the
 *                        multiplier is {@code 1 + openingsBoost x percentile} ({@link SkillDemand})
 */
public record GapOptions(double essentialWeight, double optionalWeight, double hotBoost, double inDemandBoost,
                         double openingsBoost) {
    public GapOptions {
        if (!(essentialWeight > 0) || !(optionalWeight > 0)) {
            throw new IllegalArgumentException("essentialWeight/optionalWeight: must be > 0, got "
                    + essentialWeight + "/" + optionalWeight);
        }
        if (hotBoost < 1 || inDemandBoost < 1) {
            throw new IllegalArgumentException("hotBoost/inDemandBoost: must be >= 1, got " + hotBoost + "/" + inDemandBoost);
        }
        if (!(openingsBoost >= 0 && openingsBoost <= 10)) {
            throw new IllegalArgumentException("openingsBoost: must be in [0, 10], got " + openingsBoost);
        }
    }

    public static GapOptions defaults() {
        return new GapOptions(1.0, 0.3, 1.5, 1.25, 0.5);
    }
}
