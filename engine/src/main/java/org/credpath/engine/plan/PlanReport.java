package org.credpath.engine.plan;

import java.util.List;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.returns.ExpectedReturn;

/**
 * The answer of {@code credpath plan} (issue 4's JSON): up to three pathways with their expected
 * return, the gap, recognition-of-prior-learning candidates, how occupations were resolved and
 * any warnings.
 */
public record PlanReport(String learnerId, OccupationRef currentOccupation, OccupationRef targetOccupation,
                         List<PathwayReport> pathways, GapReport gap, List<RplCandidate> rplCandidates,
                         List<String> prerequisiteCycles, List<String> warnings) {
    public PlanReport {
        pathways = List.copyOf(pathways);
        rplCandidates = List.copyOf(rplCandidates);
        prerequisiteCycles = List.copyOf(prerequisiteCycles);
        warnings = List.copyOf(warnings);
    }

    /** How a learner's occupation text was resolved (so the user can correct it). */
    public record OccupationRef(String query, String uri, String title, String method) {
    }

    /**
     * @param totalCostUsd       the sum of the steps' prices; null when any step's cost is unknown
     * @param cost               the total as a cost (unknown when any step is; its basis says how many)
     * @param estimatedCostSteps steps whose price is an estimate
     * @param unknownCostSteps   steps whose price is unknown (never summed as 0)
     */
    public record PathwayReport(String kind, List<StepReport> steps, double totalHours, Double totalCostUsd,
                                Cost cost, int estimatedCostSteps, int unknownCostSteps,
                                double coverage, ExpectedReturn expectedReturn, List<String> qualifications) {
        public PathwayReport {
            steps = List.copyOf(steps);
            qualifications = List.copyOf(qualifications);
        }
    }

    /**
     * @param coversSkills    labels of the gap skills it teaches first
     * @param coversSkillUris the same skills as ESCO URIs
     * @param costUsd         its price (known or estimated); null when unknown
     * @param cost            its price with state and source
     * @param completion      probability the learner completes it
     * @param returnShareUsd  its share of the pathway's expected value (mean) (by the gap weight it covers)
     * @param startWeek       week the step starts at the learner's hours per week (0-based)
     * @param endWeek         week it ends
     */
    public record StepReport(String credentialId, String title, double hours, Double costUsd, Cost cost,
                             List<String> coversSkills,
                             List<String> coversSkillUris, double completion, double returnShareUsd, double startWeek,
                             double endWeek, String why) {
        public StepReport {
            coversSkills = List.copyOf(coversSkills);
            coversSkillUris = List.copyOf(coversSkillUris);
        }
    }

    /** The gap (with no target: the skills valued by their labour-market premium). */
    public record GapReport(String basis, double essentialCoveredShare, double weightedCoveredShare,
                            List<GapEntry> missing, List<HeldEntry> held, Double growthPercent, Double annualOpenings) {
        public GapReport {
            missing = List.copyOf(missing);
            held = List.copyOf(held);
        }
    }

    public record GapEntry(String uri, String label, boolean essential, double weight, List<String> demand) {
    }

    public record HeldEntry(String uri, String label, String source, boolean priorLearning) {
    }

    /** A credential whose skills the learner already has: claim it through recognition of prior learning. */
    public record RplCandidate(String credentialId, String title, List<String> skills, String why) {
    }
}
