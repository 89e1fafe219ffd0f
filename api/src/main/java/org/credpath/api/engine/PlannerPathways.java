package org.credpath.api.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.credpath.api.service.ExpectedReturn;
import org.credpath.api.service.Pathway;
import org.credpath.api.service.PathwayService;
import org.credpath.api.service.PathwayStep;
import org.credpath.api.service.PlannedPathways;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.BeamPlanner;
import org.credpath.engine.plan.PlanReport;
import org.credpath.engine.plan.PlanningContext;

/**
 * {@link PathwayService} over the engine's planner ({@link org.credpath.engine.plan.PathwayService}
 * with the beam planner): occupations resolved, skill state with prior learning, gap, up to three
 * pathways (highest coverage, cheapest, fastest) each with an expected return and per-step reasons.
 * It plans over the shipped catalogue; tenant additions are not planned yet.
 */
public final class PlannerPathways implements PathwayService {

    private final org.credpath.engine.plan.PathwayService planner;

    public PlannerPathways(PlanningContext context) {
        Objects.requireNonNull(context, "context");
        this.planner = new org.credpath.engine.plan.PathwayService(context,
                new BeamPlanner());
    }

    @Override
    public PlannedPathways plan(String tenantId, Learner learner, String targetOccupation, int maxPathways) {
        return plan(tenantId, learner, targetOccupation, maxPathways, false);
    }

    @Override
    public PlannedPathways plan(String tenantId, Learner learner, String targetOccupation, int maxPathways,
            boolean excludeUnknownCost) {
        PlanReport report = planner.plan(withTarget(learner, targetOccupation), excludeUnknownCost);
        List<Pathway> out = new ArrayList<>();
        for (PlanReport.PathwayReport p : report.pathways()) {
            if (out.size() == maxPathways) {
                break;
            }
            out.add(pathway(report, p));
        }
        return answer(report, out);
    }

    @Override
    public PlannedPathways evaluate(String tenantId, Learner learner, String targetOccupation, List<String> steps) {
        PlanReport report = planner.evaluate(withTarget(learner, targetOccupation), steps);
        return answer(report, report.pathways().stream().map(p -> pathway(report, p)).toList());
    }

    private static Learner withTarget(Learner learner, String targetOccupation) {
        return targetOccupation == null ? learner : new Learner(learner.id(), learner.heldCredentials(),
                learner.skills(), learner.currentOccupation(), targetOccupation, learner.budgetUsd(),
                learner.hoursPerWeek(), learner.deadlineWeeks(), learner.delivery(), learner.languages(),
                learner.interests());
    }

    private static PlannedPathways answer(PlanReport report, List<Pathway> pathways) {
        return new PlannedPathways(pathways, gap(report.gap()), reading(report.currentOccupation()),
                reading(report.targetOccupation()), report.warnings());
    }

    static PlannedPathways.SkillGap gap(PlanReport.GapReport g) {
        return g == null ? null : new PlannedPathways.SkillGap(g.basis(), g.essentialCoveredShare(),
                g.weightedCoveredShare(), g.missing().stream().map(m -> new PlannedPathways.GapSkill(m.uri(), m.label(),
                        m.essential(), m.weight(), m.demand())).toList(), g.growthPercent(), g.annualOpenings());
    }

    private static PlannedPathways.OccupationReading reading(PlanReport.OccupationRef r) {
        return r == null ? null : new PlannedPathways.OccupationReading(r.query(), r.uri(), r.title(), r.method());
    }

    private Pathway pathway(PlanReport report, PlanReport.PathwayReport p) {
        List<PathwayStep> steps = p.steps().stream().map(s -> new PathwayStep(s.credentialId(), s.title(), s.hours(),
                s.costUsd(), s.cost(), s.coversSkills(), s.why())).toList();
        String target = report.targetOccupation() == null ? null : report.targetOccupation().uri();
        double weeks = p.steps().isEmpty() ? 0 : p.steps().getLast().endWeek();
        return new Pathway(null, target, steps, p.cost(), p.estimatedCostSteps(), p.unknownCostSteps(),
                expectedReturn(p.expectedReturn(), target != null), explanation(report, p), p.totalHours(),
                p.totalCostUsd(), weeks, p.coverage(),
                OccupationReadingsOf.of(report.currentOccupation(), report.targetOccupation()));
    }

    /** The engine's return in the API's shape; {@code hasTarget} false = no move probability (skills valued by premium). */
    static ExpectedReturn expectedReturn(org.credpath.engine.returns.ExpectedReturn er, boolean hasTarget) {
        if (er == null) {
            return null;
        }
        return EngineRecommendations.expectedReturn(org.credpath.engine.recommend.ReturnSummary.of(er, hasTarget));
    }

    private static List<String> explanation(PlanReport report, PlanReport.PathwayReport p) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s pathway: %d step(s), %.0f hours, cost %s, covers %.0f%% of the gap",
                p.kind(), p.steps().size(), p.totalHours(), totalCost(p), 100 * p.coverage()));
        resolution("current occupation", report.currentOccupation()).ifPresent(out::add);
        resolution("target occupation", report.targetOccupation()).ifPresent(out::add);
        if (p.expectedReturn() != null) {
            out.add(org.credpath.engine.recommend.ReturnSummary.sentence(p.expectedReturn(), report.targetOccupation() != null));
        }
        p.qualifications().forEach(q -> out.add("stacks toward: " + q));
        report.warnings().forEach(w -> out.add("warning: " + w));
        return out;
    }

    private static String totalCost(PlanReport.PathwayReport p) {
        double priced = p.steps().stream().filter(s -> s.costUsd() != null).mapToDouble(PlanReport.StepReport::costUsd).sum();
        return new org.credpath.engine.catalog.Cost.Total(priced, p.steps().size(), p.estimatedCostSteps(),
                p.unknownCostSteps()).describe();
    }

    private static java.util.Optional<String> resolution(String what, PlanReport.OccupationRef ref) {
        return ref == null ? java.util.Optional.empty() : java.util.Optional.of(what + " " + ref.describe());
    }
}
