package org.credpath.api.routes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.CatalogService;
import org.credpath.api.service.Pathway;
import org.credpath.api.service.PathwayStep;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.formats.pathway.CtdlPathwayWriter;
import org.credpath.engine.formats.pathway.PathwayDocument;
import org.credpath.engine.formats.pathway.PathwayHtml;
import org.credpath.engine.formats.pathway.StudyPlanCalendar;

import io.javalin.http.Context;

/**
 * {@code GET /v1/pathways/{id}} in other formats: {@code ?format=ctdl|html|ical|json}, else by the
 * Accept header ({@code application/ld+json}, {@code text/html}, {@code text/calendar}); JSON by
 * default. Dates start at {@code start} (default: the next Monday) at {@code hoursPerWeek}
 * (default: the stored learner's, else 5). Steps carry the catalogue's credential (url, provider,
 * ...) when it is still there.
 */
final class PathwayExports {
    /** Formats a saved pathway can be read in. */
    enum Format { JSON, CTDL, HTML, ICAL }

    static final double DEFAULT_HOURS_PER_WEEK = org.credpath.engine.plan.PathwayService.DEFAULT_HOURS_PER_WEEK;

    private PathwayExports() {
    }

    /** The format asked for: the {@code format} parameter wins over Accept. */
    static Format format(Context ctx) {
        String f = ctx.queryParam("format");
        if (f != null) {
            return switch (f.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "ctdl", "jsonld", "json-ld" -> Format.CTDL;
                case "html" -> Format.HTML;
                case "ical", "ics", "icalendar" -> Format.ICAL;
                default -> throw ProblemException.invalidField("format", "one of json, ctdl, html, ical; got '"
                        + (f.length() > 40 ? f.substring(0, 40) + "..." : f) + "'");
            };
        }
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("").toLowerCase(Locale.ROOT);
        if (accept.contains("application/json") || accept.isBlank()) {
            return Format.JSON;
        }
        if (accept.contains(CtdlPathwayWriter.MEDIA_TYPE)) {
            return Format.CTDL;
        }
        if (accept.contains(StudyPlanCalendar.MEDIA_TYPE)) {
            return Format.ICAL;
        }
        return accept.contains(PathwayHtml.MEDIA_TYPE) ? Format.HTML : Format.JSON;
    }

    /** Writes the saved pathway ({@code json}) in {@code format}; {@code learnerPace} is the stored learner's hours a week. */
    static void respond(Context ctx, Format format, String tenant, String json, Optional<CatalogService> catalog,
            Double learnerPace) {
        LocalDate start = start(ctx);
        double pace = pace(ctx, learnerPace);
        Pathway p = RequestBodies.parse(json.getBytes(StandardCharsets.UTF_8), Pathway.class, "");
        PathwayDocument doc = document(p, tenant, catalog);
        switch (format) {
            case CTDL -> ctx.contentType(CtdlPathwayWriter.MEDIA_TYPE + "; charset=utf-8").result(CtdlPathwayWriter.write(doc));
            case HTML -> ctx.contentType(PathwayHtml.MEDIA_TYPE + "; charset=utf-8")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                    .result(PathwayHtml.write(doc, start, pace));
            case ICAL -> ctx.contentType(StudyPlanCalendar.MEDIA_TYPE + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + p.id() + ".ics\"")
                    .result(StudyPlanCalendar.write(doc, start, pace, Instant.now()));
            case JSON -> ctx.contentType("application/json").result(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    static PathwayDocument document(Pathway p, String tenant, Optional<CatalogService> catalog) {
        List<PathwayDocument.Step> steps = p.steps().stream().map(s -> new PathwayDocument.Step(credential(s, tenant,
                catalog), s.hours(), s.costUsd(), s.why())).toList();
        String target = p.targetOccupation();
        return new PathwayDocument(p.id(), "Pathway " + p.id() + (target == null ? "" : " to " + target), target, null,
                steps, p.explanation());
    }

    private static Credential credential(PathwayStep s, String tenant, Optional<CatalogService> catalog) {
        return catalog.flatMap(c -> c.find(tenant, s.credentialId())).orElseGet(() -> Credential.of(s.credentialId(), s.title()));
    }

    private static LocalDate start(Context ctx) {
        String s = ctx.queryParam("start");
        if (s == null) {
            return StudyPlanCalendar.nextMonday(LocalDate.now(ZoneOffset.UTC));
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("start", "a date YYYY-MM-DD; got '" + (s.length() > 40 ? s.substring(0, 40) : s) + "'");
        }
    }

    private static double pace(Context ctx, Double learnerPace) {
        String s = ctx.queryParam("hoursPerWeek");
        if (s == null) {
            return learnerPace != null ? learnerPace : DEFAULT_HOURS_PER_WEEK;
        }
        try {
            double v = Double.parseDouble(s.strip());
            if (v > 0 && v <= 168) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField("hoursPerWeek", "a number > 0 and <= 168; got '"
                + (s.length() > 40 ? s.substring(0, 40) : s) + "'");
    }
}
