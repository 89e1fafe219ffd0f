package org.credpath.engine.catalog.bundled;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.catalog.ReadIssue;
import org.credpath.engine.data.DataFiles;

/**
 * Normalises the Coursera 2023 listing ({@code partner, course, skills, rating, reviewcount, level,
 * certificatetype, duration, crediteligibility}). Rules in docs/catalog.md; in short: id
 * {@code coursera:<title slug>} ({@code --<partner slug>} appended when two partners share a title),
 * rows of one partner with the same title merged (the most complete row wins, skill tags united),
 * hours from the duration bucket at {@value #ASSUMED_HOURS_PER_WEEK} hours a week, no cost (the
 * listing has no prices), URL a Coursera search for the title.
 */
public final class CourseraListing {

    /** Assumed study pace for Coursera's calendar-time duration buckets. */
    public static final double ASSUMED_HOURS_PER_WEEK = 6;

    static final String FILE = "coursera_2023_catalog.csv";

    /** A parsed CSV row. */
    record Row(int line, String partner, String title, List<String> skills, Double rating, Long reviews,
            Level level, CredentialType type, String duration, Boolean creditEligible) {

        int completeness() {
            return (type == CredentialType.OTHER ? 0 : 4) + (duration == null ? 0 : 2) + (rating == null ? 0 : 1)
                    + Math.min(skills.size(), 3);
        }
    }

    private CourseraListing() {
    }

    public static SourceListing read(Path csv) throws IOException {
        List<ReadIssue> issues = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int total = 0;
        try (CSVParser p = DataFiles.parse(csv, DataFiles.CSV)) {
            long previousEnd = 1; // the header line
            for (CSVRecord r : p) {
                total++;
                int line = (int) previousEnd + 1;
                previousEnd = p.getCurrentLineNumber();
                String title = clean(r.get("course"));
                if (title == null) {
                    issues.add(new ReadIssue(ReadIssue.Severity.ERROR, csv.getFileName().toString(), line, -1,
                            "course", "no title: row skipped"));
                    continue;
                }
                rows.add(parse(r, line, title));
            }
        }
        return normalise(rows, total, issues);
    }

    static Row parse(CSVRecord r, int line, String title) {
        String levelText = clean(r.get("level"));
        String typeText = clean(r.get("certificatetype"));
        // Some rows are shifted: the type sits in "level" and certificatetype is "None".
        if (typeText == null && levelText != null && typeFromText(levelText).isPresent()) {
            typeText = levelText;
            levelText = null;
        }
        return new Row(line, Optional.ofNullable(clean(r.get("partner"))).orElse("Coursera"), title,
                skills(r.get("skills")), number(r.get("rating")), wholeNumber(r.get("reviewcount")),
                level(levelText), typeFromText(typeText).orElse(CredentialType.OTHER), clean(r.get("duration")),
                flag(r.get("crediteligibility")));
    }

    static SourceListing normalise(List<Row> rows, int total, List<ReadIssue> issues) {
        Map<String, Set<String>> fullPartners = new LinkedHashMap<>();
        for (Row r : rows) {
            Set<String> partners = fullPartners.computeIfAbsent(Slugs.slug(r.title()), k -> new LinkedHashSet<>());
            if (r.duration() != null) {
                partners.add(Slugs.slug(r.partner()));
            }
        }
        Map<String, List<Row>> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            byId.computeIfAbsent(idFor(r, fullPartners), k -> new ArrayList<>()).add(r);
        }
        List<Credential> creds = new ArrayList<>();
        List<ListingSignals> signals = new ArrayList<>();
        int withDuration = 0;
        int withHours = 0;
        for (Row r : rows) {
            withDuration += r.duration() == null ? 0 : 1;
            withHours += hours(r).isPresent() ? 1 : 0;
        }
        for (Map.Entry<String, List<Row>> e : byId.entrySet()) {
            List<Row> group = e.getValue();
            Row best = group.stream().max(Comparator.comparingInt(Row::completeness)
                    .thenComparing(Comparator.comparingInt(Row::line).reversed())).orElseThrow();
            LinkedHashSet<String> skills = new LinkedHashSet<>(best.skills());
            group.forEach(g -> skills.addAll(g.skills()));
            creds.add(credential(e.getKey(), best, List.copyOf(skills)));
            signals.add(new ListingSignals(e.getKey(), best.rating(), best.reviews(), null, best.creditEligible()));
        }
        SourceCoverage cov = new SourceCoverage(total, withDuration, withHours, 0, rows.size() - byId.size(),
                total - rows.size());
        return new SourceListing("coursera", creds, signals, cov, issues);
    }

    /**
     * {@code coursera:<title slug>}; when full rows (rows with a duration) of different partners share
     * the title, {@code --<partner slug>} is appended, and a stub row (no duration) joins its own
     * partner's row or else the first full row.
     */
    static String idFor(Row r, Map<String, Set<String>> fullPartnersByTitle) {
        String t = Slugs.slug(r.title());
        Set<String> partners = fullPartnersByTitle.getOrDefault(t, Set.of());
        if (partners.size() <= 1) {
            return "coursera:" + t;
        }
        String own = Slugs.slug(r.partner());
        return "coursera:" + t + "--" + (partners.contains(own) ? own : partners.iterator().next());
    }

    private static Credential credential(String id, Row r, List<String> skills) {
        OptionalDouble hours = hours(r);
        String url = "https://www.coursera.org/search?query=" + URLEncoder.encode(r.title(), StandardCharsets.UTF_8);
        Boolean assessed = r.type() == CredentialType.OTHER ? null : Boolean.TRUE;
        return new Credential(id, r.title(), r.partner(), null, null, url, r.type(), r.level(),
                hours.isPresent() ? hours.getAsDouble() : null, null, Delivery.ONLINE, null, assessed, null,
                skills, null, null, null, null, null);
    }

    static OptionalDouble hours(Row r) {
        return DurationText.totalHours(r.duration(), ASSUMED_HOURS_PER_WEEK);
    }

    /** Coursera's certificate type words to the vocabulary. */
    static Optional<CredentialType> typeFromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "course", "guided project", "project" -> Optional.of(CredentialType.COURSE);
            case "specialization" -> Optional.of(CredentialType.SPECIALIZATION);
            case "professional certificate" -> Optional.of(CredentialType.PROFESSIONAL_CERTIFICATE);
            case "degree" -> Optional.of(CredentialType.DEGREE);
            case "university certificate", "graduate certificate", "mastertrack", "postgraduate diploma" ->
                    Optional.of(CredentialType.CERTIFICATE);
            default -> Optional.empty();
        };
    }

    static Level level(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "beginner" -> Level.INTRODUCTORY;
            case "intermediate" -> Level.INTERMEDIATE;
            case "advanced" -> Level.ADVANCED;
            default -> null; // "Mixed" and "None": no single level
        };
    }

    static List<String> skills(String text) {
        String t = clean(text);
        if (t == null) {
            return List.of();
        }
        return Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty() && !isNoiseLabel(s)).distinct()
                .toList();
    }

    /**
     * Not a skill: the scrape put review counts such as "(1.5k reviews)" and bare numbers or ratings in the skills
     * column; a label without two letters in a row says nothing about a skill.
     */
    static boolean isNoiseLabel(String label) {
        return NOISE.matcher(label).matches() || !label.matches("(?s).*\\p{L}{2}.*");
    }

    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile(
            "(?i)\\(?\\s*[\\d.,]+\\s*[km]?\\+?\\s*(reviews?|ratings?|stars?|students?|learners?|enrolled|hours?)\\s*\\)?");

    /** Trimmed text, or null for blank and the scrape's literal "None". */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() || t.equalsIgnoreCase("none") || t.equalsIgnoreCase("nan") ? null : t;
    }

    private static Double number(String s) {
        String t = clean(s);
        try {
            return t == null ? null : Double.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long wholeNumber(String s) {
        Double d = number(s == null ? null : s.replace(",", ""));
        return d == null ? null : Math.round(d);
    }

    private static Boolean flag(String s) {
        String t = clean(s);
        return t == null ? null : Boolean.valueOf(t.equalsIgnoreCase("true"));
    }
}
