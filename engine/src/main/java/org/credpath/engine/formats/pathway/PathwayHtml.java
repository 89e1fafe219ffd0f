package org.credpath.engine.formats.pathway;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A pathway as one printable HTML page (no script, inline print styles). Every text from a
 * credential or learner is escaped, so a title holding {@code <script>} shows as text; links are
 * written only for http(s) URLs; the page is marked {@code dir="auto"} per cell so right-to-left
 * text keeps its direction without reordering the table.
 */
public final class PathwayHtml {
    public static final String MEDIA_TYPE = "text/html";

    private PathwayHtml() {
    }

    /**
     * @param start        when the study plan starts, or null for no dates
     * @param hoursPerWeek the pace for dates; ignored when {@code start} is null
     */
    public static String write(PathwayDocument p, LocalDate start, double hoursPerWeek) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(p.title())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#111}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem;")
                .append("text-align:start;vertical-align:top;overflow-wrap:anywhere}")
                .append("@media print{a{color:#111}a[href]::after{content:\" (\" attr(href) \")\";font-size:.8em}}\n")
                .append("</style>\n</head>\n<body>\n<main>\n<h1 dir=\"auto\">").append(esc(p.title())).append("</h1>\n");
        if (p.targetLabel() != null || p.targetOccupation() != null) {
            b.append("<p>Target occupation: <span dir=\"auto\">")
                    .append(esc(p.targetLabel() != null ? p.targetLabel() : p.targetOccupation())).append("</span></p>\n");
        }
        b.append(String.format(Locale.ROOT, "<p>%d step(s), %s known study hours, %s.</p>%n",
                p.steps().size(), StudyPlanCalendar.num(p.knownHours()), costLine(p)));
        table(b, p, start == null ? null : StudyPlan.schedule(p, start, hoursPerWeek));
        if (start != null) {
            b.append("<p>Dates at ").append(StudyPlanCalendar.num(hoursPerWeek)).append(" study hours a week from ")
                    .append(start).append(".</p>\n");
        }
        if (!p.notes().isEmpty()) {
            b.append("<h2>Notes</h2>\n<ul>\n");
            p.notes().forEach(n -> b.append("<li dir=\"auto\">").append(esc(n)).append("</li>\n"));
            b.append("</ul>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    /** "98 USD cost", or, when a step's cost is unknown, how many and what the priced ones come to: never "0 USD". */
    static String costLine(PathwayDocument p) {
        long unknown = p.steps().stream().filter(s -> s.costUsd() == null).count();
        if (unknown == 0) {
            return StudyPlanCalendar.num(p.knownCostUsd()) + " USD cost";
        }
        return "cost unknown for " + unknown + " of " + p.steps().size() + " step(s)"
                + (unknown < p.steps().size() ? " (the priced steps come to " + StudyPlanCalendar.num(p.knownCostUsd())
                        + " USD)" : "");
    }

    private static void table(StringBuilder b, PathwayDocument p, List<StudyPlan.Scheduled> plan) {
        b.append("<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Credential</th>")
                .append("<th scope=\"col\">Provider</th><th scope=\"col\">Hours</th><th scope=\"col\">Cost (USD)</th>")
                .append(plan == null ? "" : "<th scope=\"col\">Dates</th>").append("<th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < p.steps().size(); i++) {
            PathwayDocument.Step s = p.steps().get(i);
            var c = s.credential();
            String link = safeLink(c.url());
            b.append("<tr><td>").append(i + 1).append("</td><td dir=\"auto\">");
            if (link != null) {
                b.append("<a href=\"").append(esc(link)).append("\">").append(esc(c.title())).append("</a>");
            } else {
                b.append(esc(c.title()));
            }
            b.append("</td><td dir=\"auto\">").append(esc(c.provider() == null ? "" : c.provider()))
                    .append("</td><td>").append(s.hours() == null ? "unknown" : StudyPlanCalendar.num(s.hours()))
                    .append("</td><td>").append(s.costUsd() == null ? "unknown" : StudyPlanCalendar.num(s.costUsd()))
                    .append("</td>");
            if (plan != null) {
                StudyPlan.Scheduled d = plan.get(i);
                b.append("<td>").append(d.start()).append(" to ").append(d.end().minusDays(1)).append("</td>");
            }
            b.append("<td dir=\"auto\">").append(esc(s.why() == null ? "" : s.why())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** The URL when it is an absolute http(s) URL, else null (no {@code javascript:} or relative links). */
    public static String safeLink(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? url.strip() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** HTML text and attribute escaping of the five significant characters; control characters dropped. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
