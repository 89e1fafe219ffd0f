package org.credpath.engine.cli;

import java.util.Locale;

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
            b.append(String.format(Locale.ROOT, "%nPathway (%s): %d steps, %.0f h, $%.0f, coverage %.0f%%%n", p.kind(),
                    p.steps().size(), p.totalHours(), p.totalCostUsd(), p.coverage() * 100));
            if (p.expectedReturn() != null) {
                var e = p.expectedReturn();
                b.append(String.format(Locale.ROOT, "  expected return over %.0f years: median $%,.0f (80%% interval $%,.0f .. $%,.0f), mean $%,.0f%s%n",
                        e.horizonYears(), e.median(), e.low(), e.high(), e.mean(), r.targetOccupation() == null ? ""
                                : String.format(Locale.ROOT, "; chance of the move %.0f%% (%.0f%% without this pathway)",
                                        100 * e.probabilityOfMove(), 100 * e.probabilityOfMoveWithout())));
            }
            int i = 1;
            for (PlanReport.StepReport s : p.steps()) {
                b.append(String.format(Locale.ROOT, "  %d. %s [%s] %.0f h, $%.0f%n     %s%n", i++, s.title(), s.credentialId(),
                        s.hours(), s.costUsd(), s.why()));
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
}
