package org.credpath.engine.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * Guesses the language of a short catalogue text (a title, perhaps with the start of a description)
 * for listings whose source gives none. The writing system decides first (Cyrillic, Greek, Arabic,
 * Hebrew, Devanagari, Thai, Hangul, kana, Han: {@value #SCRIPT_LETTERS} letters or a quarter of
 * them); in Latin script the function words decide, counted
 * against the stop-word lists Lucene ships for English, Spanish, Portuguese, French, German, Italian
 * and Dutch, ignoring all-capital acronyms (a course numbered "I", "AI", "(DE)") and single letters
 * except a lone lower-case conjunction English never writes ("Vendas e Atendimento");
 * a text with no telling word is read as English (most of the catalogue is), so the guess errs
 * toward keeping a credential. Returns an ISO 639-1 code.
 */
public final class LanguageGuess {

    /**
     * Letters of one non-Latin script that make a text that language even beside a Latin title (a
     * bilingual title such as "Introduction to Psychology | 心理学概论" is a course in Chinese); a
     * quarter of the letters does too.
     */
    static final int SCRIPT_LETTERS = 4;

    private static final Map<String, CharArraySet> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        STOP_WORDS.put("es", SpanishAnalyzer.getDefaultStopSet());
        STOP_WORDS.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        STOP_WORDS.put("fr", FrenchAnalyzer.getDefaultStopSet());
        STOP_WORDS.put("de", GermanAnalyzer.getDefaultStopSet());
        STOP_WORDS.put("it", ItalianAnalyzer.getDefaultStopSet());
        STOP_WORDS.put("nl", DutchAnalyzer.getDefaultStopSet());
    }

    private LanguageGuess() {
    }

    /** The language of {@code text}: an ISO 639-1 code, {@code en} when nothing tells otherwise. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "en";
        }
        String script = script(text);
        return script != null ? script : byFunctionWords(text);
    }

    /** The language a non-Latin writing system implies when it holds most of the letters, else null. */
    static String script(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            String lang = scriptLanguage(cp);
            if (lang != null) {
                counts.merge(lang, 1, Integer::sum);
            }
        }
        if (counts.containsKey("ja")) {
            counts.merge("ja", counts.getOrDefault("zh", 0), Integer::sum); // kanji inside Japanese text
            counts.remove("zh");
        }
        if (counts.containsKey("uk")) {
            counts.merge("uk", counts.getOrDefault("ru", 0), Integer::sum); // letters only Ukrainian uses
            counts.remove("ru");
        }
        int total = letters;
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= SCRIPT_LETTERS || e.getValue() * 4 >= total)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String scriptLanguage(int cp) {
        if ("іїєґІЇЄҐ".indexOf(cp) >= 0) {
            return "uk";
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case CYRILLIC -> "ru";
            case GREEK -> "el";
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case HANGUL -> "ko";
            case HIRAGANA, KATAKANA -> "ja";
            case HAN -> "zh";
            default -> null;
        };
    }

    /**
     * One-letter words English never writes in lower case, standing alone between spaces (so "e.g." and
     * "E-Commerce" do not count): the conjunctions e (Portuguese, Italian), o (Portuguese, Spanish,
     * Italian), y (Spanish) and the contraction à (French, Portuguese); the first language listed wins a tie.
     */
    private static final Pattern LONE_LETTER = Pattern.compile("(?<=\\s)([eoyà])(?=\\s)");
    private static final Map<String, List<String>> LONE_LETTERS = Map.of(
            "e", List.of("pt", "it"), "o", List.of("pt", "es", "it"), "y", List.of("es"), "à", List.of("fr", "pt"));

    private static String byFunctionWords(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        Matcher lone = LONE_LETTER.matcher(text);
        while (lone.find()) {
            for (String language : LONE_LETTERS.get(lone.group(1))) {
                hits.merge(language, 1, Integer::sum);
            }
        }
        for (String raw : text.split("[^\\p{L}']+")) {
            if (raw.length() < 2 || raw.equals(raw.toUpperCase(Locale.ROOT))) {
                continue; // single letters (I, e, a) and acronyms (AI, DE, ES) tell nothing
            }
            String token = raw.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, CharArraySet> e : STOP_WORDS.entrySet()) {
                if (e.getValue().contains(token)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        int english = hits.getOrDefault("en", 0);
        String best = "en";
        int bestCount = english;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
