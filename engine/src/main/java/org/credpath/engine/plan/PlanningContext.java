package org.credpath.engine.plan;

import java.util.Objects;
import java.util.Optional;

import org.credpath.engine.gap.GapOptions;
import org.credpath.engine.gap.LabourProfiles;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.returns.CompletionEstimator;
import org.credpath.engine.returns.ReturnOptions;
import org.credpath.engine.returns.SkillPremiumModel;

/**
 * What {@link PathwayService} is built from: loaded once, shared by every request.
 *
 * @param skillPremium empty when models/skill-premium was not trained (no-target plans then warn)
 */
public record PlanningContext(LabourMarket market, PlanningCatalogue catalogue, CompletionEstimator completion,
                              Optional<SkillPremiumModel> skillPremium, GapOptions gapOptions,
                              PlannerOptions plannerOptions, ReturnOptions returnOptions) {
    public PlanningContext {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(completion, "completion");
        skillPremium = Objects.requireNonNullElse(skillPremium, Optional.empty());
        gapOptions = Objects.requireNonNullElse(gapOptions, GapOptions.defaults());
        plannerOptions = Objects.requireNonNullElse(plannerOptions, PlannerOptions.defaults());
        returnOptions = Objects.requireNonNullElse(returnOptions, ReturnOptions.defaults());
    }

    /** Skill demand from BLS openings (computed once per labour market). */
    public org.credpath.engine.gap.SkillDemand skillDemand() {
        return DEMAND.computeIfAbsent(market, org.credpath.engine.gap.SkillDemand::compute);
    }

    private static final java.util.Map<LabourMarket, org.credpath.engine.gap.SkillDemand> DEMAND =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Occupation profiles, cached per occupation. */
    public LabourProfiles profiles() {
        return PROFILES.computeIfAbsent(market, LabourProfiles::new);
    }

    private static final java.util.Map<LabourMarket, LabourProfiles> PROFILES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
}
