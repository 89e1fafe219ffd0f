package org.credpath.engine.gap;

import java.util.List;

import org.credpath.engine.learner.HeldSkill;

/**
 * The learner's gap to a target occupation.
 *
 * @param missing               missing skills, heaviest first
 * @param covered               target skills the learner already holds (with their source)
 * @param essentialCoveredShare share of the target's essential skills held
 * @param weightedCoveredShare  share of the target's total skill weight held
 */
public record GapAnalysis(String targetUri, String targetTitle, List<GapSkill> missing, List<HeldSkill> covered,
                          double essentialCoveredShare, double weightedCoveredShare, Double growthPercent,
                          Double annualOpenings) {
    public GapAnalysis {
        missing = List.copyOf(missing);
        covered = List.copyOf(covered);
    }

    /** The weight of all missing essential skills, as a share of the missing weight. */
    public double essentialShareOfMissingWeight() {
        double all = missing.stream().mapToDouble(GapSkill::weight).sum();
        double ess = missing.stream().filter(GapSkill::essential).mapToDouble(GapSkill::weight).sum();
        return all == 0 ? 0 : ess / all;
    }
}
