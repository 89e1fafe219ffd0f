package org.credpath.engine.plan;

import java.util.Objects;
import java.util.Set;

import org.credpath.engine.catalog.Delivery;

/**
 * A learner's limits for one plan.
 *
 * @param budgetUsd    the most the learner will spend; {@code null} = no limit
 * @param hoursPerWeek study hours per week (> 0)
 * @param deadlineWeeks weeks until the pathway must be finished (> 0); {@code null} = no deadline
 * @param delivery     accepted delivery modes; empty = any (credentials with no stated mode are accepted)
 * @param excludeUnknownCost with a budget, leave out credentials whose cost is unknown (by default they
 *                     are kept and the answer warns that their cost is not in the total)
 */
public record Constraints(Double budgetUsd, double hoursPerWeek, Integer deadlineWeeks, Set<Delivery> delivery,
                          boolean excludeUnknownCost) {

    public Constraints(Double budgetUsd, double hoursPerWeek, Integer deadlineWeeks, Set<Delivery> delivery) {
        this(budgetUsd, hoursPerWeek, deadlineWeeks, delivery, false);
    }

    public Constraints {
        if (budgetUsd != null && (budgetUsd < 0 || budgetUsd.isNaN() || budgetUsd.isInfinite())) {
            throw new IllegalArgumentException("budgetUsd: must be a finite number >= 0, got " + budgetUsd);
        }
        if (!(hoursPerWeek > 0) || Double.isInfinite(hoursPerWeek) || hoursPerWeek > 168) {
            throw new IllegalArgumentException("hoursPerWeek: must be > 0 and <= 168, got " + hoursPerWeek);
        }
        if (deadlineWeeks != null && deadlineWeeks <= 0) {
            throw new IllegalArgumentException("deadlineWeeks: must be > 0 (a deadline in the past or today"
                    + " leaves no time to study), got " + deadlineWeeks);
        }
        delivery = Set.copyOf(Objects.requireNonNullElse(delivery, Set.of()));
    }

    /** The study hours available before the deadline, or infinity. */
    public double maxHours() {
        return deadlineWeeks == null ? Double.POSITIVE_INFINITY : hoursPerWeek * deadlineWeeks;
    }

    public double maxCost() {
        return budgetUsd == null ? Double.POSITIVE_INFINITY : budgetUsd;
    }

    /** False when a budget is set, the cost is unknown and unknown costs are excluded on request. */
    public boolean acceptsUnknownCost() {
        return budgetUsd == null || !excludeUnknownCost;
    }

    public boolean accepts(Delivery d) {
        return delivery.isEmpty() || d == null || delivery.contains(d);
    }
}
