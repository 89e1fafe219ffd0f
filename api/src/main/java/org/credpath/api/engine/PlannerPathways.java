package org.credpath.api.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.credpath.api.service.ExpectedReturn;
import org.credpath.api.service.ItemCost;
import org.credpath.api.service.Pathway;
import org.credpath.api.service.PathwayService;
import org.credpath.api.service.PathwayStep;
import org.credpath.api.service.PlannedPathways;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.plan.BeamPlanner;
import org.credpath.engine.plan.PlanReport;
import org.credpath.engine.plan.PlanningCatalogue;
import org.credpath.engine.plan.PlanningContext;

/**
 * {@link PathwayService} over the engine's planner ({@link org.credpath.engine.plan.PathwayService}
 * with the beam planner): occupations resolved, skill state with prior learning, gap, up to three
 * pathways (highest coverage, cheapest, fastest) each with an expected return and per-step reasons.
 * It plans over the shipped catalogue; tenant additions are not planned yet.
 */
public final class PlannerPathways implements PathwayService {

    private final org.credpath.engine.plan.PathwayService planner;
    private final PlanningCatalogue catalogue;

    public PlannerPathways(PlanningContext context) {
        this.catalogue = Objects.requireNonNull(context, "context").catalogue();
        this.planner = new org.credpath.engine.plan.PathwayService(context,
                new BeamPlanner());
    }

    @Override
    public PlannedPathways plan(String tenantId, Learner learner, String targetOccupation, int maxPathways) {
        PlanReport report = planner.plan(withTarget(learner, targetOccupation));
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
                s.costUsd(), s.coversSkills(), s.why(), ItemCost.ofCatalogue(listedPrice(s.credentialId())))).toList();
        String target = report.targetOccupation() == null ? null : report.targetOccupation().uri();
        double weeks = p.steps().isEmpty() ? 0 : p.steps().getLast().endWeek();
        return new Pathway(null, target, steps, expectedReturn(p.expectedReturn(), target != null), explanation(report, p),
                p.totalHours(), p.totalCostUsd(), weeks, p.coverage(),
                OccupationReadingsOf.of(report.currentOccupation(), report.targetOccupation()));
    }

    /** The catalogue record's price, null when it states none (the planner counts that as 0 in its totals). */
    private Double listedPrice(String credentialId) {
        int i = catalogue.indexOf(credentialId);
        return i < 0 ? null : catalogue.get(i).costUsd();
    }

    /** The engine's return in the API's shape; {@code hasTarget} false = no move probability (skills valued by premium). */
    static ExpectedReturn expectedReturn(org.credpath.engine.returns.ExpectedReturn er, boolean hasTarget) {
        if (er == null) {
            return null;
        }
        List<String> drivers = er.drivers().stream().map(d -> String.format(Locale.ROOT, "%s: %+.0f USD on the mean (%s)",
                d.input(), d.meanShift(), d.explanation())).toList();
        return new ExpectedReturn(er.median(), er.low(), er.high(), er.mean(), hasTarget ? er.probabilityOfMove() : null,
                hasTarget ? er.probabilityOfMoveWithout() : null, (int) Math.round(er.horizonYears()), drivers);
    }

    private static List<String> explanation(PlanReport report, PlanReport.PathwayReport p) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s pathway: %d step(s), %.0f hours, %.0f USD, covers %.0f%% of the gap",
                p.kind(), p.steps().size(), p.totalHours(), p.totalCostUsd(), 100 * p.coverage()));
        resolution("current occupation", report.currentOccupation()).ifPresent(out::add);
        resolution("target occupation", report.targetOccupation()).ifPresent(out::add);
        if (p.expectedReturn() != null) {
            out.add(String.format(Locale.ROOT, "probability of the move: %.2f (%.2f without this pathway)",
                    p.expectedReturn().probabilityOfMove(), p.expectedReturn().probabilityOfMoveWithout()));
        }
        p.qualifications().forEach(q -> out.add("stacks toward: " + q));
        report.warnings().forEach(w -> out.add("warning: " + w));
        return out;
    }

    private static java.util.Optional<String> resolution(String what, PlanReport.OccupationRef ref) {
        return ref == null ? java.util.Optional.empty() : java.util.Optional.of(what + " " + ref.describe());
    }
}
