package org.credpath.engine.plan;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Cost;

/**
 * One credential of a pathway, in study order.
 *
 * @param cost          its price with state and source (unknown is never 0)
 * @param coversSkills  gap skills this step teaches that no earlier step taught
 * @param coverageGain  share of the gap's weight those skills carry
 * @param prerequisites this credential's prerequisites (held, recognised or earlier steps)
 * @param stacksInto    qualifications this credential counts toward
 * @param startWeek     week the step starts at the learner's hours per week (0-based)
 * @param endWeek       week it ends
 */
public record PlannedStep(String credentialId, String title, double hours, Cost cost,
                          List<String> coversSkills, double coverageGain, List<String> prerequisites,
                          List<String> stacksInto, double startWeek, double endWeek) {
    public PlannedStep {
        Objects.requireNonNull(cost, "cost");
        coversSkills = List.copyOf(coversSkills);
        prerequisites = List.copyOf(prerequisites);
        stacksInto = List.copyOf(stacksInto);
    }
}
