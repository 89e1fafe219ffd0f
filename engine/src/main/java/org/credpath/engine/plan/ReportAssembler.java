package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.gap.GapAnalysis;
import org.credpath.engine.gap.GapSkill;
import org.credpath.engine.returns.ExpectedReturn;
import org.credpath.engine.returns.StepOutcome;
import org.credpath.engine.returns.WageDistribution;

/** Turns planned pathways into the {@link PlanReport}: completion, expected return ({@link StepPricing}), explanations. */
final class ReportAssembler {

    private final PlanningContext ctx;
    private final PathwayService.Prepared p;
    private final StepPricing pricing;
    private final Map<String, GapSkill> gapByUri = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    ReportAssembler(PlanningContext ctx, PathwayService.Prepared p) {
        this.ctx = ctx;
        this.p = p;
        this.pricing = new StepPricing(ctx);
        if (p.gap() != null) {
            p.gap().missing().forEach(g -> gapByUri.put(g.uri(), g));
        }
    }

    PlanReport assemble(PlanResult result) {
        WageDistribution now = pricing.currentWages(p).orElse(null);
        List<String> warnings = new ArrayList<>(p.warnings());
        if (p.current() != null && now == null) {
            warnings.add("no OEWS wages for " + p.current().preferredLabel() + ": expected return not priced");
        }
        if (p.target() != null && p.target().wages() == null) {
            warnings.add("no OEWS wages for " + p.target().title() + ": expected return not priced");
        }
        if (result.pathways().isEmpty()) {
            warnings.add("no credential in the catalogue teaches a missing skill within the budget, time and delivery limits");
        }
        List<PlanReport.PathwayReport> pathways = new ArrayList<>();
        for (Pathway pw : result.pathways()) {
            pathways.add(pathway(pw));
            Cost.Total t = pw.cost();
            if (t.unknownSteps() > 0 && p.request().constraints().budgetUsd() != null) {
                warnings.add(String.format(Locale.ROOT, "%s pathway: %d of %d step(s) have an unknown cost; the priced"
                        + " steps come to %,.0f USD of your %,.0f USD budget, the rest may exceed it"
                        + " (excludeUnknownCost leaves such steps out)", pw.kind(), t.unknownSteps(), t.steps(),
                        t.pricedUsd(), p.request().constraints().budgetUsd()));
            }
        }
        List<PlanReport.RplCandidate> rpl = p.rpl().size() > PathwayService.MAX_RPL
                ? p.rpl().subList(0, PathwayService.MAX_RPL) : p.rpl();
        return new PlanReport(p.learner().id(), p.resolutions().get(0), p.resolutions().get(1), pathways, gap(), rpl,
                result.cycles().stream().map(PrerequisiteCycle::describe).toList(), warnings);
    }

    private PlanReport.PathwayReport pathway(Pathway pw) {
        Cost.Total total = pw.cost();
        List<StepOutcome> outcomes = new ArrayList<>();
        for (PlannedStep s : pw.steps()) {
            Credential c = credential(s.credentialId());
            outcomes.add(pricing.outcome(p, c, pricing.completion(p, c), s.hours(), Math.min(1, s.coverageGain()),
                    s.coversSkills()));
        }
        ExpectedReturn er = pricing.expectedReturn(p, outcomes).orElse(null);
        List<PlanReport.StepReport> steps = new ArrayList<>();
        for (int i = 0; i < pw.steps().size(); i++) {
            steps.add(step(pw, i, outcomes.get(i), er));
        }
        List<String> quals = pw.qualifications().stream().map(q -> q.qualificationId() + " (" + q.membersDone() + " of "
                + q.membersTotal() + (q.complete() ? ", complete" : "") + ")").toList();
        return new PlanReport.PathwayReport(pw.kind(), steps, pw.totalHours(),
                total.unknownSteps() > 0 ? null : total.pricedUsd(), total.asCost(), total.estimatedSteps(),
                total.unknownSteps(), round(pw.coverage()), er, quals);
    }

    private PlanReport.StepReport step(Pathway pw, int i, StepOutcome o, ExpectedReturn er) {
        PlannedStep s = pw.steps().get(i);
        double share = pw.coverage() > 0 ? s.coverageGain() / pw.coverage() : 0;
        double returnShare = er == null ? 0 : Math.round(share * er.mean());
        List<String> names = s.coversSkills().stream().map(this::label).toList();
        return new PlanReport.StepReport(s.credentialId(), s.title(), s.hours(), s.cost().amount(), s.cost(), names,
                s.coversSkills(),
                round(o.completion()), returnShare, Math.round(s.startWeek() * 10) / 10.0, Math.round(s.endWeek() * 10) / 10.0,
                why(pw, i, names, o, share, er));
    }

    private String why(Pathway pw, int i, List<String> names, StepOutcome o, double share, ExpectedReturn er) {
        PlannedStep s = pw.steps().get(i);
        StringBuilder b = new StringBuilder();
        if (names.isEmpty()) {
            b.append("Prerequisite of a later step");
        } else {
            long essential = s.coversSkills().stream().filter(u -> gapByUri.containsKey(u) && gapByUri.get(u).essential()).count();
            long hot = s.coversSkills().stream().filter(u -> gapByUri.containsKey(u)
                    && gapByUri.get(u).demandSignals().stream().anyMatch(d -> d.startsWith("O*NET"))).count();
            double openings = s.coversSkills().stream().mapToDouble(u -> ctx.skillDemand().openings(u)).max().orElse(0);
            b.append("Teaches ").append(names.size()).append(" missing skill").append(names.size() == 1 ? "" : "s")
                    .append(" (").append(String.join(", ", names.subList(0, Math.min(3, names.size()))))
                    .append(names.size() > 3 ? ", ..." : "").append(")");
            if (p.target() != null) {
                b.append(", ").append(essential).append(" essential for ").append(p.target().title());
                if (hot > 0) {
                    b.append(", ").append(hot).append(" O*NET hot or in-demand technology");
                }
                if (openings > 0) {
                    b.append(String.format(Locale.ROOT, ", needed by occupations with up to %.1fk openings a year", openings / 1000));
                }
            } else {
                b.append(", valued by their wage premium");
            }
            b.append("; ").append(pct(s.coverageGain())).append(" of the gap");
        }
        List<String> pre = s.prerequisites();
        if (!pre.isEmpty()) {
            b.append("; needs ").append(String.join(", ", pre)).append(" (held or an earlier step)");
        }
        if (!s.stacksInto().isEmpty()) {
            b.append("; counts toward ").append(String.join(", ", s.stacksInto()));
        }
        b.append("; ").append(s.cost().describe()).append(" (").append(s.cost().basis()).append(")");
        b.append("; completion chance ").append(pct(o.completion()));
        if (er != null && !names.isEmpty()) {
            b.append("; ").append(pct(share)).append(" of the pathway's expected return");
        }
        return b.append('.').toString();
    }

    private PlanReport.GapReport gap() {
        GapAnalysis g = p.gap();
        List<PlanReport.HeldEntry> held = (g != null ? g.covered() : p.state().skills()).stream()
                .map(h -> new PlanReport.HeldEntry(h.uri(), h.label(), h.source().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        h.priorLearning())).toList();
        if (g == null) {
            List<PlanReport.GapEntry> missing = p.targetSkills().stream().map(t -> new PlanReport.GapEntry(t.uri(),
                    label(t.uri()), false, round(t.weight()), List.of("wage premium " + round(t.weight()) + " log points"))).toList();
            return new PlanReport.GapReport("skill premium (no target occupation)", 0, 0, missing, held, null, null);
        }
        List<PlanReport.GapEntry> missing = g.missing().stream().map(m -> new PlanReport.GapEntry(m.uri(), m.label(),
                m.essential(), round(m.weight()), m.demandSignals())).toList();
        return new PlanReport.GapReport("target occupation " + g.targetTitle(), round(g.essentialCoveredShare()),
                round(g.weightedCoveredShare()), missing, held, g.growthPercent(), g.annualOpenings());
    }

    private String label(String uri) {
        GapSkill g = gapByUri.get(uri);
        if (g != null) {
            return g.label();
        }
        return labels.computeIfAbsent(uri, u -> ctx.market().skill(u).map(s -> s.preferredLabel()).orElse(u));
    }

    private Credential credential(String id) {
        return ctx.catalogue().get(ctx.catalogue().indexOf(id));
    }

    private static String pct(double v) {
        return Math.round(v * 100) + "%";
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
