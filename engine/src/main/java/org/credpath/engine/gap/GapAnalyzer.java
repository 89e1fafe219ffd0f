package org.credpath.engine.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.credpath.engine.learner.HeldSkill;
import org.credpath.engine.learner.SkillState;
import org.credpath.engine.learner.SkillStateBuilder.SkillRef;

/** Computes a {@link GapAnalysis}. */
public final class GapAnalyzer {

    private final GapOptions options;
    private final SkillDemand demand;

    public GapAnalyzer(GapOptions options) {
        this(options, SkillDemand.none());
    }

    public GapAnalyzer(GapOptions options, SkillDemand demand) {
        this.options = options;
        this.demand = demand;
    }

    public GapAnalysis analyse(OccupationProfile target, SkillState state) {
        Map<String, HeldSkill> held = state.byUri();
        List<GapSkill> missing = new ArrayList<>();
        List<HeldSkill> covered = new ArrayList<>();
        double total = 0;
        double heldWeight = 0;
        int essHeld = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (boolean essential : new boolean[] {true, false}) {
            for (SkillRef s : essential ? target.essential() : target.optional()) {
                if (!seen.add(s.uri())) {
                    continue;
                }
                GapSkill g = weigh(target, s, essential);
                total += g.weight();
                HeldSkill h = held.get(s.uri());
                if (h != null) {
                    covered.add(h);
                    heldWeight += g.weight();
                    essHeld += essential ? 1 : 0;
                } else {
                    missing.add(g);
                }
            }
        }
        missing.sort(Comparator.comparingDouble(GapSkill::weight).reversed().thenComparing(GapSkill::uri));
        double essShare = target.essential().isEmpty() ? 1 : essHeld / (double) target.essential().size();
        return new GapAnalysis(target.uri(), target.title(), missing, covered, essShare,
                total == 0 ? 1 : heldWeight / total, target.growthPercent(), target.annualOpenings());
    }

    private GapSkill weigh(OccupationProfile t, SkillRef s, boolean essential) {
        List<String> why = new ArrayList<>();
        double w = essential ? options.essentialWeight() : options.optionalWeight();
        why.add(essential ? "essential for " + t.title() : "optional for " + t.title());
        if (t.hotSkillUris().contains(s.uri())) {
            w *= options.hotBoost();
            why.add("O*NET hot technology");
        } else if (t.inDemandSkillUris().contains(s.uri())) {
            w *= options.inDemandBoost();
            why.add("O*NET in-demand technology");
        }
        double pct = demand.percentile(s.uri());
        if (pct > 0) {
            w *= 1 + options.openingsBoost() * pct;
            why.add(String.format(java.util.Locale.ROOT, "needed by occupations with %.1fk BLS openings a year (top %.0f%% of skills)",
                    demand.openings(s.uri()) / 1000, Math.max(1, (1 - pct) * 100)));
        }
        return new GapSkill(s.uri(), s.label(), essential, w, why);
    }
}
