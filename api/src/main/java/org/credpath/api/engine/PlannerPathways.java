package org.credpath.api.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.credpath.api.service.ExpectedReturn;
import org.credpath.api.service.Pathway;
import org.credpath.api.service.PathwayService;
import org.credpath.api.service.PathwayStep;
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
        this.planner = new org.credpath.engine.plan.PathwayService(Objects.requireNonNull(context, "context"),
                new BeamPlanner());
    }

    @Override
    public List<Pathway> plan(String tenantId, Learner learner, String targetOccupation, int maxPathways) {
        return plan(tenantId, learner, targetOccupation, maxPathways, false);
    }

    @Override
    public List<Pathway> plan(String tenantId, Learner learner, String targetOccupation, int maxPathways,
            boolean excludeUnknownCost) {
        Learner l = targetOccupation == null ? learner : new Learner(learner.id(), learner.heldCredentials(),
                learner.skills(), learner.currentOccupation(), targetOccupation, learner.budgetUsd(),
                learner.hoursPerWeek(), learner.deadlineWeeks(), learner.delivery());
        PlanReport report = planner.plan(l, excludeUnknownCost);
        List<Pathway> out = new ArrayList<>();
        for (PlanReport.PathwayReport p : report.pathways()) {
            if (out.size() == maxPathways) {
                break;
            }
            out.add(pathway(report, p));
        }
        return out;
    }

    static Pathway pathway(PlanReport report, PlanReport.PathwayReport p) {
        List<PathwayStep> steps = p.steps().stream().map(s -> new PathwayStep(s.credentialId(), s.title(), s.hours(),
                s.costUsd(), s.cost(), s.coversSkills(), s.why())).toList();
        String target = report.targetOccupation() == null ? null : report.targetOccupation().uri();
        return new Pathway(null, target, steps, p.cost(), p.estimatedCostSteps(), p.unknownCostSteps(),
                expectedReturn(p.expectedReturn(), target != null), explanation(report, p));
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
        return ref == null ? java.util.Optional.empty() : java.util.Optional.of(what + " '" + ref.query()
                + "' read as '" + ref.title() + "' (" + ref.uri() + ", by " + ref.method() + ")");
    }
}
