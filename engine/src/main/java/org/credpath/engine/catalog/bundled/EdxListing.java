package org.credpath.engine.catalog.bundled;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.catalog.ReadIssue;
import org.credpath.engine.data.DataFiles;

/**
 * Normalises the edX 2021 listing ({@code title, summary, n_enrolled, course_type, institution,
 * instructors, Level, subject, language, subtitles, course_effort, course_length, price,
 * course_description, course_syllabus, course_url}). Rules in docs/catalog.md; in short: id
 * {@code edx:<last URL segment>}, rows with the same URL merged (first kept), hours = weekly effort
 * midpoint x length in weeks, cost = verified-certificate price, type {@code course}.
 */
public final class EdxListing {

    static final String FILE = "edx_2021_catalog.csv";

    private static final Map<String, String> LANGUAGES = Map.of(
            "english", "en", "español", "es", "français", "fr", "中文", "zh", "português", "pt",
            "italiano", "it", "日本語", "ja", "اللغة العربية", "ar", "deutsch", "de");

    private EdxListing() {
    }

    public static SourceListing read(Path csv) throws IOException {
        List<ReadIssue> issues = new ArrayList<>();
        Map<String, Credential> byId = new LinkedHashMap<>();
        Map<String, ListingSignals> signals = new LinkedHashMap<>();
        int total = 0;
        int withDuration = 0;
        int withHours = 0;
        int withCost = 0;
        int duplicates = 0;
        try (CSVParser p = DataFiles.parse(csv, DataFiles.CSV)) {
            long previousEnd = 1; // the header line
            for (CSVRecord r : p) {
                total++;
                int line = (int) previousEnd + 1;
                previousEnd = p.getCurrentLineNumber();
                Credential c = credential(r);
                if (c == null) {
                    issues.add(new ReadIssue(ReadIssue.Severity.ERROR, csv.getFileName().toString(), line, -1,
                            "title", "no title: row skipped"));
                    continue;
                }
                withDuration += CourseraListing.clean(r.get("course_effort")) != null ? 1 : 0;
                withHours += c.hours() != null ? 1 : 0;
                withCost += c.costUsd() != null ? 1 : 0;
                if (byId.containsKey(c.id())) {
                    duplicates++;
                    issues.add(new ReadIssue(ReadIssue.Severity.WARNING, csv.getFileName().toString(), line, -1,
                            "course_url", "same URL as an earlier row (" + c.id() + "): merged, first row kept"));
                    continue;
                }
                byId.put(c.id(), c);
                signals.put(c.id(), new ListingSignals(c.id(), null, null, enrolled(r.get("n_enrolled")), null));
            }
        }
        SourceCoverage cov = new SourceCoverage(total, withDuration, withHours, withCost, duplicates,
                total - byId.size() - duplicates);
        return new SourceListing("edx", List.copyOf(byId.values()), List.copyOf(signals.values()), cov, issues);
    }

    static Credential credential(CSVRecord r) {
        String title = CourseraListing.clean(r.get("title"));
        if (title == null) {
            return null;
        }
        String url = CourseraListing.clean(r.get("course_url"));
        String slug = url == null ? "" : Slugs.lastSegment(url);
        String id = "edx:" + (slug.isEmpty() ? Slugs.slug(title) : slug);
        OptionalDouble hours = DurationText.effortTimesLength(r.get("course_effort"), r.get("course_length"));
        OptionalDouble cost = PriceText.costUsd(r.get("price"));
        return new Credential(id, title, CourseraListing.clean(r.get("institution")), description(r),
                CourseraListing.clean(r.get("course_syllabus")), url, CredentialType.COURSE,
                Level.parse(r.get("Level")).orElse(null), hours.isPresent() ? hours.getAsDouble() : null,
                cost.isPresent() ? cost.getAsDouble() : null, Delivery.ONLINE, language(r.get("language")),
                Boolean.TRUE, null, null, null, null, null, null, null);
    }

    /** The summary, then the long description when it adds to it. */
    private static String description(CSVRecord r) {
        String summary = CourseraListing.clean(r.get("summary"));
        String body = CourseraListing.clean(r.get("course_description"));
        if (summary == null) {
            return body;
        }
        return body == null || body.contains(summary) ? summary : summary + "\n\n" + body;
    }

    static String language(String text) {
        String t = CourseraListing.clean(text);
        return t == null ? null : LANGUAGES.getOrDefault(t.toLowerCase(java.util.Locale.ROOT), t);
    }

    private static Long enrolled(String text) {
        String t = CourseraListing.clean(text);
        if (t == null) {
            return null;
        }
        try {
            return Long.valueOf(t.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
