package org.credpath.engine.labour.title;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Labels;
import org.credpath.engine.labour.Tables;

/**
 * Job-title abbreviations and regional slang ({@code datasets/title_abbreviations/abbreviations.tsv}):
 * rewrites "sparky" as "electrician", "sw eng" as "software engineer" and an ambiguous "PM" as both
 * "project manager" and "product manager". Terms match whole words, case-insensitively; a
 * {@code title} entry matches only the whole title.
 */
public final class TitleAbbreviations {

    public static final String FOLDER = "title_abbreviations";
    public static final String FILE = "abbreviations.tsv";
    /** Readings returned at most for one title. */
    public static final int MAX_READINGS = 5;
    /** Terms have at most this many words. */
    static final int MAX_TERM_WORDS = 3;

    private static final CSVFormat FORMAT = DataFiles.TSV.builder().setCommentMarker('#').get();

    /** One table row: the term's words, whether it must be the whole title, and its readings. */
    public record Entry(String term, boolean wholeTitle, List<String> readings) {
        public Entry {
            if (term == null || Labels.normalise(term).isEmpty()) {
                throw new IllegalArgumentException("abbreviation term is blank");
            }
            if (readings == null || readings.isEmpty() || readings.stream().anyMatch(r -> r == null || r.isBlank())) {
                throw new IllegalArgumentException("abbreviation '" + term + "' has a blank reading");
            }
            term = Labels.normalise(term);
            readings = List.copyOf(readings);
        }
    }

    private final Map<String, Entry> tokens = new HashMap<>();
    private final Map<String, Entry> titles = new HashMap<>();

    public TitleAbbreviations(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.term().split(" ").length > MAX_TERM_WORDS) {
                throw new IllegalArgumentException("abbreviation '" + e.term() + "' has more than " + MAX_TERM_WORDS + " words");
            }
            Entry prev = (e.wholeTitle() ? titles : tokens).put(e.term(), e);
            if (prev != null) {
                throw new IllegalArgumentException("abbreviation '" + e.term() + "' is listed twice");
            }
        }
    }

    /** Reads the table; a bad row is refused naming file, line and column. */
    public static TitleAbbreviations load(Path file) {
        List<Entry> entries = new ArrayList<>();
        Tables.forEach(file, FORMAT, row -> {
            String match = row.get("match");
            if (!match.equals("token") && !match.equals("title")) {
                throw row.error("match", "must be 'token' or 'title', got '" + match + "'");
            }
            List<String> readings = Arrays.stream(row.get("readings").split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (readings.isEmpty()) {
                throw row.error("readings", "is empty");
            }
            try {
                entries.add(new Entry(row.get("term"), match.equals("title"), readings));
            } catch (IllegalArgumentException e) {
                throw row.error("term", e.getMessage());
            }
        });
        return new TitleAbbreviations(entries);
    }

    public int size() {
        return tokens.size() + titles.size();
    }

    /**
     * The title rewritten with every abbreviation it contains: one rewrite per reading of the first
     * ambiguous term (others take their first reading), at most {@link #MAX_READINGS}; empty when
     * no term occurs in the title.
     */
    public List<String> readings(String title) {
        String norm = Labels.normalise(title);
        if (norm.isEmpty()) {
            return List.of();
        }
        Entry whole = titles.get(norm);
        if (whole != null) {
            return whole.readings().stream().limit(MAX_READINGS).toList();
        }
        List<String> words = List.of(norm.split(" "));
        List<Object> parts = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < words.size(); ) {
            Entry e = null;
            int used = 0;
            for (int len = Math.min(MAX_TERM_WORDS, words.size() - i); len > 0 && e == null; len--) {
                e = tokens.get(String.join(" ", words.subList(i, i + len)));
                used = len;
            }
            if (e != null) {
                parts.add(e);
                found = true;
                i += used;
            } else {
                parts.add(words.get(i));
                i++;
            }
        }
        return found ? expand(parts) : List.of();
    }

    private static List<String> expand(List<Object> parts) {
        int ambiguous = -1;
        for (int i = 0; i < parts.size() && ambiguous < 0; i++) {
            if (parts.get(i) instanceof Entry e && e.readings().size() > 1) {
                ambiguous = i;
            }
        }
        int n = ambiguous < 0 ? 1 : Math.min(MAX_READINGS, ((Entry) parts.get(ambiguous)).readings().size());
        Set<String> out = new LinkedHashSet<>();
        for (int r = 0; r < n; r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String w = parts.get(i) instanceof Entry e ? e.readings().get(i == ambiguous ? r : 0) : (String) parts.get(i);
                sb.append(sb.isEmpty() ? "" : " ").append(w.toLowerCase(Locale.ROOT));
            }
            out.add(sb.toString());
        }
        return List.copyOf(out);
    }
}
