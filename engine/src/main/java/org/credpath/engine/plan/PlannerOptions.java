package org.credpath.engine.plan;

/**
 * Search options.
 *
 * @param beamWidth         states kept per depth of the beam search
 * @param maxSteps          most credentials in one pathway
 * @param nearBestShare     cheapest/fastest pathways must reach this share of the best coverage
 * @param defaultHours      hours assumed for a credential that states none
 * @param stackingBonus     score bonus (in coverage units) per qualification a pathway completes
 */
public record PlannerOptions(int beamWidth, int maxSteps, double nearBestShare, double defaultHours,
                             double stackingBonus) {
    public PlannerOptions {
        if (beamWidth < 1 || beamWidth > 1000) {
            throw new IllegalArgumentException("beamWidth: must be 1..1000, got " + beamWidth);
        }
        if (maxSteps < 1 || maxSteps > 100) {
            throw new IllegalArgumentException("maxSteps: must be 1..100, got " + maxSteps);
        }
        if (!(nearBestShare > 0 && nearBestShare <= 1)) {
            throw new IllegalArgumentException("nearBestShare: must be in (0, 1], got " + nearBestShare);
        }
        if (!(defaultHours > 0)) {
            throw new IllegalArgumentException("defaultHours: must be > 0, got " + defaultHours);
        }
        if (!(stackingBonus >= 0 && stackingBonus < 0.1)) {
            throw new IllegalArgumentException("stackingBonus: must be in [0, 0.1), got " + stackingBonus);
        }
    }

    public static PlannerOptions defaults() {
        return new PlannerOptions(16, 12, 0.8, 10, 0.001);
    }
}
