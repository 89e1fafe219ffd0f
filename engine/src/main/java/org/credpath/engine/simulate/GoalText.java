package org.credpath.engine.simulate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.credpath.engine.catalog.Credential;

/**
 * The words of a learner's goal for choice model v3's consideration set: content words of the
 * target occupation's labels, and of its essential skills' labels. A credential's text is its
 * title and skill tags. Words are lower-cased letter runs of 4+ letters, minus a few stop words,
 * cut to their first 5 letters (a crude stem: analysis, analyst, analytics -> "analy").
 */
final class GoalText {

    /** Goal words of one target occupation. */
    record Goal(Set<String> occupationWords, Set<String> skillWords) {
    }

    private static final Set<String> STOP = Set.of("with", "from", "that", "this", "your", "into", "other",
            "their", "about", "using", "under", "over", "such", "them", "than", "also", "well", "more", "based",
            "related", "general", "specific", "activities", "introduction", "course", "guided", "project");

    private final Function<String, Goal> source;
    private final Map<String, Goal> cache = new ConcurrentHashMap<>();

    /** @param source target occupation URI -> goal words (e.g. from ESCO labels) */
    GoalText(Function<String, Goal> source) {
        this.source = source;
    }

    /** Goal words from labels: occupation labels, and the preferred labels of its essential skills. */
    static Goal goal(List<String> occupationLabels, List<String> skillLabels) {
        Set<String> occ = new HashSet<>();
        occupationLabels.forEach(t -> occ.addAll(words(t)));
        Set<String> skills = new HashSet<>();
        skillLabels.forEach(t -> skills.addAll(words(t)));
        return new Goal(Set.copyOf(occ), Set.copyOf(skills));
    }

    Goal of(String targetUri) {
        return cache.computeIfAbsent(targetUri, source);
    }

    /** A credential's words: its title and skill tags. */
    static Set<String> words(Credential c) {
        Set<String> out = new HashSet<>(words(c.title()));
        if (c.skillLabels() != null) {
            c.skillLabels().forEach(t -> out.addAll(words(t)));
        }
        return out;
    }

    /** Considered by text: at least one occupation word, or at least two skill words, in common. */
    static boolean matches(Goal goal, Set<String> credentialWords) {
        long skill = 0;
        for (String w : credentialWords) {
            if (goal.occupationWords().contains(w)) {
                return true;
            }
            if (goal.skillWords().contains(w)) {
                skill++;
            }
        }
        return skill >= 2;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (t.length() >= 4 && !STOP.contains(t)) {
                out.add(t.length() > 5 ? t.substring(0, 5) : t);
            }
        }
        return out;
    }
}
