package org.credpath.engine.plan;

import java.util.List;

/**
 * An ordered pathway.
 *
 * @param kind           why it was chosen: {@code highest-coverage}, {@code cheapest} or {@code fastest}
 *                       (or the solver's name for greedy/exact runs)
 * @param coverage       share of the gap's weight the pathway teaches, 0..1
 * @param qualifications stacking progress toward qualifications the steps count toward
 */
public record Pathway(String kind, List<PlannedStep> steps, double totalHours, double totalCostUsd,
                      double coverage, List<QualificationProgress> qualifications) {
    public Pathway {
        steps = List.copyOf(steps);
        qualifications = List.copyOf(qualifications);
    }

    /** The total cost: priced steps summed, unknown ones counted apart (never as 0). */
    public org.credpath.engine.catalog.Cost.Total cost() {
        return org.credpath.engine.catalog.Cost.total(steps.stream().map(PlannedStep::cost).toList());
    }

    /** Progress toward a qualification: members held or planned, of all members in the catalogue. */
    public record QualificationProgress(String qualificationId, int membersDone, int membersTotal) {
        public boolean complete() {
            return membersDone == membersTotal;
        }
    }
}
