package org.credpath.engine.formats.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pathway as an iCalendar (RFC 5545) study plan: one all-day event per step, scheduled by
 * {@link StudyPlan} from a start date at the learner's hours per week, with the credential's
 * link, hours and cost in the description. Deterministic for the same input and {@code stamp}.
 */
public final class StudyPlanCalendar {
    public static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private StudyPlanCalendar() {
    }

    /**
     * @param stamp the DTSTAMP of every event (when the calendar was made)
     */
    public static String write(PathwayDocument pathway, LocalDate start, double hoursPerWeek, Instant stamp) {
        ContentLines c = new ContentLines();
        c.raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0").text("PRODID", "-//Credpath//Study plan//EN")
                .raw("CALSCALE", "GREGORIAN").raw("METHOD", "PUBLISH").text("X-WR-CALNAME", pathway.title());
        for (StudyPlan.Scheduled s : StudyPlan.schedule(pathway, start, hoursPerWeek)) {
            var cr = s.step().credential();
            c.raw("BEGIN", "VEVENT")
                    .text("UID", pathway.id() + "-step-" + s.number() + "@credpath")
                    .raw("DTSTAMP", STAMP.format(stamp))
                    .raw("DTSTART;VALUE=DATE", DATE.format(s.start()))
                    .raw("DTEND;VALUE=DATE", DATE.format(s.end()))
                    .text("SUMMARY", "Step " + s.number() + ": " + cr.title())
                    .text("DESCRIPTION", description(s, hoursPerWeek))
                    .raw("TRANSP", "TRANSPARENT");
            if (PathwayHtml.safeLink(cr.url()) != null) {
                c.raw("URL", cr.url().strip());
            }
            c.raw("END", "VEVENT");
        }
        return c.raw("END", "VCALENDAR").toString();
    }

    private static String description(StudyPlan.Scheduled s, double hoursPerWeek) {
        PathwayDocument.Step st = s.step();
        List<String> lines = new ArrayList<>();
        if (st.credential().provider() != null) {
            lines.add("Provider: " + st.credential().provider());
        }
        lines.add(s.hoursKnown() ? String.format(Locale.ROOT, "%s study hours at %s hours a week", num(st.hours()),
                num(hoursPerWeek)) : "Study hours unknown: " + StudyPlan.UNKNOWN_HOURS_DAYS + " days reserved");
        lines.add(st.costUsd() == null ? "Cost: unknown" : "Cost: " + num(st.costUsd()) + " USD");
        if (st.why() != null) {
            lines.add("Why: " + st.why());
        }
        if (st.credential().url() != null) {
            lines.add(st.credential().url());
        }
        return String.join("\n", lines);
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The next Monday on or after {@code day}: the default start of a study plan. */
    public static LocalDate nextMonday(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
    }
}
