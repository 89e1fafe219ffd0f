package org.credpath.engine.cli;

import java.util.Locale;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.plan.PlanReport;

/** Human-readable rendering of a {@link PlanReport}. */
final class PlanText {
    private PlanText() {
    }

    static String render(PlanReport r) {
        StringBuilder b = new StringBuilder();
        if (r.currentOccupation() != null) {
            b.append("Current: ").append(r.currentOccupation().describe()).append('\n');
        }
        if (r.targetOccupation() != null) {
            b.append("Target:  ").append(r.targetOccupation().describe()).append('\n');
        }
        b.append(String.format(Locale.ROOT, "Gap: %s; %d skills missing; essential skills held %.0f%%%n",
                r.gap().basis(), r.gap().missing().size(), r.gap().essentialCoveredShare() * 100));
        for (PlanReport.PathwayReport p : r.pathways()) {
            b.append(String.format(Locale.ROOT, "%nPathway (%s): %d steps, %.0f h, cost %s, coverage %.0f%%%n", p.kind(),
                    p.steps().size(), p.totalHours(), totalCost(p), p.coverage() * 100));
            if (p.expectedReturn() != null) {
                b.append(ReturnText.render(p.expectedReturn(), r.targetOccupation() != null, "  "));
            }
            int i = 1;
            for (PlanReport.StepReport s : p.steps()) {
                b.append(String.format(Locale.ROOT, "  %d. %s [%s] %.0f h, %s%n     %s%n", i++, s.title(), s.credentialId(),
                        s.hours(), s.cost().describe(), s.why()));
            }
        }
        if (!r.rplCandidates().isEmpty()) {
            b.append("\nRecognition of prior learning candidates:\n");
            r.rplCandidates().forEach(c -> b.append("  - ").append(c.title()).append(" [").append(c.credentialId()).append("]\n"));
        }
        r.prerequisiteCycles().forEach(c -> b.append("note: ").append(c).append('\n'));
        r.warnings().forEach(w -> b.append("warning: ").append(w).append('\n'));
        return b.toString();
    }

    private static String totalCost(PlanReport.PathwayReport p) {
        return new Cost.Total(p.cost().amount() != null ? p.cost().amount() : pricedFromSteps(p), p.steps().size(),
                p.estimatedCostSteps(), p.unknownCostSteps()).describe();
    }

    private static double pricedFromSteps(PlanReport.PathwayReport p) {
        return p.steps().stream().filter(s -> s.costUsd() != null).mapToDouble(PlanReport.StepReport::costUsd).sum();
    }
}
