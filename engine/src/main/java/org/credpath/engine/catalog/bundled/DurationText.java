package org.credpath.engine.catalog.bundled;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Study hours from the free-text durations of course listings. Rules (docs/catalog.md):
 * <ul>
 *   <li>a range {@code a - b} (also {@code a–b}, {@code a to b}, {@code a or b}) counts as its midpoint;
 *       {@code N+} counts as N; {@code less than N hours} counts as N/2;</li>
 *   <li>a total in hours ({@code "Approx. 12 hours"}) is taken as is;</li>
 *   <li>a calendar span (days, weeks, months, years; also Spanish {@code meses}, {@code años},
 *       {@code semanas}) is converted at an assumed pace of {@code hoursPerWeek}: a month is 52/12
 *       weeks, a year 52 weeks, a day 1/7 week;</li>
 *   <li>a weekly effort ({@code "4–6 hours per week"}) times a length ({@code "6 Weeks"}) is
 *       effort x weeks; a weekly effort alone gives no total.</li>
 * </ul>
 */
public final class DurationText {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String RANGE = NUM + "\\s*\\+?\\s*(?:-\\s*" + NUM + ")?\\+?";
    private static final Pattern LESS_THAN = Pattern.compile("less than\\s*" + NUM + "\\s*hours?");
    private static final Pattern PER_WEEK = Pattern.compile(RANGE + "\\s*(?:hours?|hrs?)\\b[^,;]*?(?:per|a|/)\\s*(?:week|wk)");
    private static final Pattern SPAN = Pattern.compile(RANGE + "\\s*(hours?|hrs?|days?|weeks?|months?|years?)\\b");

    private DurationText() {
    }

    /** Total hours of a duration text at {@code hoursPerWeek} for calendar spans, or empty. */
    public static OptionalDouble totalHours(String text, double hoursPerWeek) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        Matcher less = LESS_THAN.matcher(t);
        if (less.find()) {
            return OptionalDouble.of(Double.parseDouble(less.group(1)) / 2);
        }
        if (PER_WEEK.matcher(t).find()) {
            return OptionalDouble.empty();
        }
        Matcher m = SPAN.matcher(t);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        double amount = midpoint(m.group(1), m.group(2));
        String unit = m.group(3);
        if (unit.startsWith("h")) {
            return OptionalDouble.of(amount);
        }
        return OptionalDouble.of(round(weeks(amount, unit) * hoursPerWeek));
    }

    /** Mid-range weekly effort, e.g. 5.0 for {@code "4–6 hours per week"}, or empty. */
    public static OptionalDouble hoursPerWeek(String effort) {
        Matcher m = PER_WEEK.matcher(normalise(effort));
        return m.find() ? OptionalDouble.of(midpoint(m.group(1), m.group(2))) : OptionalDouble.empty();
    }

    /** Length in weeks of a calendar span such as {@code "6 Weeks"} or {@code "3 months"}, or empty. */
    public static OptionalDouble weeks(String length) {
        Matcher m = SPAN.matcher(normalise(length));
        if (!m.find() || m.group(3).startsWith("h")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(weeks(midpoint(m.group(1), m.group(2)), m.group(3)));
    }

    /** Weekly effort x length (edX: {@code "2–3 hours per week"} x {@code "2 Weeks"} = 5 hours), or empty. */
    public static OptionalDouble effortTimesLength(String effort, String length) {
        OptionalDouble perWeek = hoursPerWeek(effort);
        OptionalDouble w = weeks(length);
        if (perWeek.isEmpty() || w.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(round(perWeek.getAsDouble() * w.getAsDouble()));
    }

    private static double weeks(double amount, String unit) {
        if (unit.startsWith("d")) {
            return amount / 7;
        } else if (unit.startsWith("w")) {
            return amount;
        } else if (unit.startsWith("m")) {
            return amount * 52 / 12;
        }
        return amount * 52;
    }

    private static double midpoint(String a, String b) {
        double lo = Double.parseDouble(a);
        return b == null ? lo : (lo + Double.parseDouble(b)) / 2;
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none") || t.equals("n/a")) {
            return "";
        }
        return t.replaceAll("[\u2012\u2013\u2014\u2015]", "-")
                .replaceAll("(\\d)\\s+(?:to|or|a)\\s+(\\d)", "$1 - $2")
                .replace("meses", "months")
                .replace("años", "years").replace("semanas", "weeks").replace("horas", "hours");
    }
}
