package org.credpath.engine.recommend;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;

/**
 * Soft limits an adviser applies beyond the hard filters ({@link CandidateFilter}): a credential that would
 * take the learner more than {@value #YEAR_WEEKS} weeks at their stated hours a week (a degree for a
 * 3-hour-a-week learner), or a long programme (more than {@value #LONG_HOURS} h) of unknown cost for a
 * learner whose budget is at most USD {@value #SMALL_BUDGET} (an unknown cost is never read as 0, and a
 * long subscription programme rarely fits such a budget). Such credentials are not removed, only ranked
 * lower: the figures are estimates.
 */
final class Feasibility {

    static final int YEAR_WEEKS = 52;
    static final double LONG_HOURS = 100;
    static final double SMALL_BUDGET = 100;

    private Feasibility() {
    }

    /** Whether the credential is a stretch for this learner's time or budget (false when a figure is missing). */
    static boolean stretch(Learner l, Credential c) {
        if (c.hours() == null) {
            return false;
        }
        boolean tooLong = l.hoursPerWeek() != null && c.hours() > YEAR_WEEKS * l.hoursPerWeek();
        boolean unknownCostLong = l.budgetUsd() != null && l.budgetUsd() <= SMALL_BUDGET && c.costUsd() == null
                && c.hours() > LONG_HOURS;
        return tooLong || unknownCostLong;
    }
}
