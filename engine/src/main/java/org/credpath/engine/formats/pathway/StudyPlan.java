package org.credpath.engine.formats.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Schedules a pathway's steps one after another from a start date at the learner's hours per
 * week: a step of {@code h} hours takes {@code ceil(7 * h / hoursPerWeek)} days (at least one);
 * a step of unknown hours is given {@link #UNKNOWN_HOURS_DAYS} days and says so.
 */
public final class StudyPlan {
    /** Days reserved for a step whose hours are unknown. */
    public static final int UNKNOWN_HOURS_DAYS = 7;

    /**
     * One scheduled step.
     *
     * @param start first day
     * @param end   the day after the last (exclusive, as iCalendar's all-day DTEND)
     */
    public record Scheduled(int number, PathwayDocument.Step step, LocalDate start, LocalDate end, boolean hoursKnown) {
    }

    private StudyPlan() {
    }

    public static List<Scheduled> schedule(PathwayDocument pathway, LocalDate start, double hoursPerWeek) {
        if (!(hoursPerWeek > 0) || hoursPerWeek > 168 || Double.isInfinite(hoursPerWeek)) {
            throw new IllegalArgumentException("hoursPerWeek: must be > 0 and <= 168, got " + hoursPerWeek);
        }
        List<Scheduled> out = new ArrayList<>();
        LocalDate day = start;
        int n = 1;
        for (PathwayDocument.Step s : pathway.steps()) {
            boolean known = s.hours() != null;
            long days = known ? Math.max(1, (long) Math.ceil(7 * s.hours() / hoursPerWeek - 1e-9)) : UNKNOWN_HOURS_DAYS;
            LocalDate end = day.plusDays(days);
            out.add(new Scheduled(n++, s, day, end, known));
            day = end;
        }
        return out;
    }
}
