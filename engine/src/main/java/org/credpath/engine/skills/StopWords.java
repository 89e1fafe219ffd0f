package org.credpath.engine.skills;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Tokens too common to carry a skill on their own: Lucene's English stop words plus auxiliary and very common
 * words that ESCO uses as acronyms or label fragments ("did" = direct inward dialing, "do", "can", "train",
 * "first"). A one-token label never matches such a token, nor a one-letter or all-digit token: no skill rests on
 * a single stop-word-like token. Compared after {@link TextTokens} (lower case, Porter stems).
 */
final class StopWords {

    private static final List<String> EXTRA = List.of("did", "do", "does", "done", "can", "could", "may", "might",
            "must", "shall", "should", "would", "has", "have", "had", "get", "got", "make", "made", "us", "use", "new",
            "more", "most", "all", "also", "up", "out", "how", "what", "who", "why", "when", "where", "which", "you",
            "your", "we", "our", "its", "one", "two", "first", "go", "see", "take", "way", "well", "work", "learn",
            "course", "week", "help", "need", "set", "run", "train", "part", "time", "key", "open", "good", "basic");

    private static final Set<String> STEMS = stems();

    private StopWords() {
    }

    static boolean isStopWordLike(String token) {
        return STEMS.contains(token) || token.length() <= 1 || token.chars().allMatch(Character::isDigit);
    }

    private static Set<String> stems() {
        Set<String> out = new HashSet<>();
        CharArraySet lucene = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        for (Object w : lucene) {
            out.addAll(TextTokens.of(new String((char[]) w)));
        }
        EXTRA.forEach(w -> out.addAll(TextTokens.of(w)));
        return Set.copyOf(out);
    }
}
