package org.credpath.engine.skills;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.credpath.engine.catalog.Credential;

/**
 * The candidate texts of a credential that ESCO skills are compared with: its title (without the provider's
 * name), each source skill tag, and each sentence of its description and syllabus (split by the JDK's
 * {@link BreakIterator}, long sentences cut). At most {@link #MAX_CHUNKS}, in that order, no repeats.
 */
public final class CredentialChunks {

    /** Texts compared per credential at most (the title and tags come first). */
    public static final int MAX_CHUNKS = 40;
    /** Characters kept of one sentence (the encoder reads about 256 word pieces). */
    static final int MAX_CHARS = 400;
    /** Texts with fewer letters say nothing ("1.", "-"); "SEO" and "SQL" are kept. */
    static final int MIN_LETTERS = 2;

    private CredentialChunks() {
    }

    public static List<String> of(Credential c) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        add(out, SkillTagger.titleWithoutProvider(c));
        c.skillLabels().forEach(t -> add(out, t));
        sentences(c.description()).forEach(s -> add(out, s));
        sentences(c.syllabus()).forEach(s -> add(out, s));
        return out.stream().limit(MAX_CHUNKS).toList();
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            for (String line : text.substring(start, end).split("\\R|\\s[-•|]\\s")) {
                out.add(line);
            }
        }
        return out;
    }

    private static void add(LinkedHashSet<String> out, String text) {
        if (text == null) {
            return;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_CHARS) {
            t = t.substring(0, MAX_CHARS);
        }
        if (t.chars().filter(Character::isLetter).count() >= MIN_LETTERS) {
            out.add(t);
        }
    }
}
