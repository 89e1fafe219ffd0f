package org.credpath.engine.recommend;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.PathwayService;

/**
 * A learner as the serving models see it, prepared once per request by the planner's front half
 * (occupations resolved, skill state with prior learning, gap).
 *
 * @param prepared    the planner's preparation (learner, occupations, skill state, gap, warnings)
 * @param gapWeights  weight of every skill the learner should gain (gap toward the target, or
 *                    the highest-premium skills with no target), by ESCO URI
 * @param heldSkills  ESCO URIs the learner holds
 * @param notes       what the learner should know about how the gap was chosen (e.g. upskilling with no target)
 */
public record LearnerView(PathwayService.Prepared prepared, Map<String, Double> gapWeights, Set<String> heldSkills,
        List<String> notes) {
    public LearnerView {
        Objects.requireNonNull(prepared, "prepared");
        gapWeights = Map.copyOf(gapWeights);
        heldSkills = Set.copyOf(heldSkills);
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
    }

    public LearnerView(PathwayService.Prepared prepared, Map<String, Double> gapWeights, Set<String> heldSkills) {
        this(prepared, gapWeights, heldSkills, List.of());
    }

    public Learner learner() {
        return prepared.learner();
    }

    public double totalGapWeight() {
        return gapWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The share of the gap's weight a credential with these skills would teach (0..1). */
    public double gapCoverage(Iterable<String> skills) {
        double total = totalGapWeight();
        if (total == 0) {
            return 0;
        }
        double covered = 0;
        for (String s : skills) {
            covered += gapWeights.getOrDefault(s, 0.0);
        }
        return Math.min(1, covered / total);
    }
}
