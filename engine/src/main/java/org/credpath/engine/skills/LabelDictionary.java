package org.credpath.engine.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.credpath.engine.labour.esco.EscoSkill;

/**
 * Every ESCO skill label as a token sequence (see {@link TextTokens}), for phrase lookup in text.
 * A label's weight reflects how much a match says: preferred 1.0, alternative 0.8, hidden 0.6, the
 * same label without its parenthesised qualifier ("python (computer programming)" -> "python")
 * 0.9 of that; a label shared by n skills counts 1/sqrt(n) for each.
 */
final class LabelDictionary {

    /** One way of naming a skill. */
    record Entry(String uri, String label, double weight, int tokens) {
    }

    private static final Pattern PARENS = Pattern.compile("\\s*\\([^)]*\\)");
    /** One-token labels too vague to count as a skill on their own. */
    private static final Set<String> VAGUE = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for",
            "with", "use", "work", "manag", "manage", "plan", "design", "develop", "build", "test", "control",
            "support", "learn", "train", "teach", "research", "engin", "it", "art", "cours", "introduct");
    /** Words a real label never starts or ends with. */
    private static final Set<String> EDGE_WORDS = Set.of("and", "or", "of", "to", "the", "a", "an", "in", "for", "with", "on");
    /** Single-word alternative and hidden labels ("guide", "term", "decide") are often ordinary words. */
    private static final double SINGLE_WORD_ALTERNATIVE = 0.5;
    static final int MAX_TOKENS = 8;

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    LabelDictionary(Iterable<EscoSkill> skills) {
        Map<String, Map<String, Entry>> raw = new HashMap<>();
        for (EscoSkill s : skills) {
            add(raw, s.uri(), s.preferredLabel(), 1.0);
            // one-word alternatives of long labels are mostly fragments ("processes", "equipment")
            boolean longPreferred = TextTokens.of(s.preferredLabel()).size() >= 3;
            for (List<String> labels : List.of(s.altLabels(), s.hiddenLabels())) {
                double w = labels == s.altLabels() ? 0.8 : 0.6;
                labels.stream().filter(l -> !(longPreferred && TextTokens.of(l).size() == 1))
                        .forEach(l -> add(raw, s.uri(), l, w));
            }
        }
        raw.forEach((key, byUri) -> {
            double n = Math.sqrt(byUri.size());
            List<Entry> list = new ArrayList<>();
            byUri.values().forEach(e -> list.add(new Entry(e.uri(), e.label(), e.weight() / n, e.tokens())));
            byKey.put(key, List.copyOf(list));
            String[] parts = key.split(" ");
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                p.append(i == 0 ? "" : " ").append(parts[i]);
                prefixes.add(p.toString());
            }
        });
    }

    private static void add(Map<String, Map<String, Entry>> raw, String uri, String label, double weight) {
        put(raw, uri, label, weight);
        String bare = PARENS.matcher(label).replaceAll("").strip();
        if (!bare.equals(label) && !bare.isEmpty()) {
            put(raw, uri, bare, weight * 0.9);
        }
    }

    private static void put(Map<String, Map<String, Entry>> raw, String uri, String label, double weight) {
        List<String> toks = TextTokens.of(label);
        if (toks.isEmpty() || toks.size() > MAX_TOKENS || (toks.size() == 1 && (VAGUE.contains(toks.getFirst())
                || toks.getFirst().length() < 2))) {
            return;
        }
        if (EDGE_WORDS.contains(toks.getFirst()) || EDGE_WORDS.contains(toks.getLast())) {
            return; // fragments such as "and procedures" (ESCO splits some labels at commas)
        }
        boolean preferred = weight >= 0.9;
        if (toks.size() == 1 && !preferred) {
            if (toks.getFirst().length() <= 3) {
                return; // short alternative acronyms ("POS", "POW") collide with ordinary words
            }
            weight *= SINGLE_WORD_ALTERNATIVE;
        }
        String key = String.join(" ", toks);
        raw.computeIfAbsent(key, k -> new HashMap<>()).merge(uri, new Entry(uri, label, weight, toks.size()),
                (a, b) -> a.weight() >= b.weight() ? a : b);
    }

    /**
     * True unless {@code label} is a one-word alternative of a skill whose preferred label has three
     * or more words: ESCO holds fragments such as "processes" for "perform ground-handling
     * maintenance procedures", which must not map the everyday word to that skill.
     */
    static boolean plausibleLabel(EscoSkill skill, String label) {
        return TextTokens.of(label).size() > 1 || TextTokens.of(skill.preferredLabel()).size() < 3
                || org.credpath.engine.labour.Labels.normalise(label)
                        .equals(org.credpath.engine.labour.Labels.normalise(skill.preferredLabel()));
    }

    /** The entries whose label is exactly this token sequence (space-joined). */
    List<Entry> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** True when some longer label starts with this token sequence. */
    boolean isPrefix(String key) {
        return prefixes.contains(key);
    }

    int size() {
        return byKey.size();
    }
}
