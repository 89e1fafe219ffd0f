package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * Planned (or evaluated) pathways with the gap they were planned against, how the learner's
 * occupations were read, and warnings.
 *
 * @param gap null when the planner had no target occupation
 */
public record PlannedPathways(List<Pathway> pathways, SkillGap gap, OccupationReading currentOccupation,
        OccupationReading targetOccupation, List<String> warnings) {
    public PlannedPathways {
        pathways = List.copyOf(Objects.requireNonNullElse(pathways, List.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
    }

    public static PlannedPathways of(List<Pathway> pathways) {
        return new PlannedPathways(pathways, null, null, null, List.of());
    }

    public PlannedPathways withPathways(List<Pathway> replaced) {
        return new PlannedPathways(replaced, gap, currentOccupation, targetOccupation, warnings);
    }

    /** How an occupation text was read ({@code method}: exact, alias, fuzzy, ...), so the user can correct it. */
    public record OccupationReading(String query, String uri, String title, String method) {
    }

    /**
     * The skills the target occupation needs that the learner lacks, with their demand signals.
     *
     * @param basis                 what the gap was measured against
     * @param essentialCoveredShare share of essential skills the learner already has, 0..1
     */
    public record SkillGap(String basis, double essentialCoveredShare, double weightedCoveredShare,
            List<GapSkill> missing, Double growthPercent, Double annualOpenings) {
        public SkillGap {
            missing = List.copyOf(Objects.requireNonNullElse(missing, List.of()));
        }
    }

    public record GapSkill(String uri, String label, boolean essential, double weight, List<String> demand) {
        public GapSkill {
            demand = List.copyOf(Objects.requireNonNullElse(demand, List.of()));
        }
    }
}
