package org.credpath.engine.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credpath.engine.catalog.Credential;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The teaching language of a credential: its {@code language} field when the source gave one, else
 * an edition marker in its title, a bracketed language name or ISO 639-1 code such as
 * "Google UX Design (PT)" or "Excel Básico (Español)"; else the language its title is written in
 * ({@link LanguageGuess}: writing system, then function words; English when nothing tells).
 */
public final class CredentialLanguage {

    private static final Pattern BRACKETED = Pattern.compile("[(\\[]\\s*([^)\\]]{2,20}?)\\s*[)\\]]");
    private static final Map<String, String> MARKERS = Map.ofEntries(
            Map.entry("en", "en"), Map.entry("english", "en"), Map.entry("es", "es"), Map.entry("español", "es"),
            Map.entry("espanol", "es"), Map.entry("spanish", "es"), Map.entry("pt", "pt"), Map.entry("português", "pt"),
            Map.entry("portugues", "pt"), Map.entry("portuguese", "pt"), Map.entry("pt-br", "pt"),
            Map.entry("fr", "fr"), Map.entry("français", "fr"), Map.entry("francais", "fr"), Map.entry("french", "fr"),
            Map.entry("de", "de"), Map.entry("deutsch", "de"), Map.entry("german", "de"), Map.entry("it", "it"),
            Map.entry("italiano", "it"), Map.entry("italian", "it"), Map.entry("ru", "ru"), Map.entry("русский", "ru"),
            Map.entry("russian", "ru"), Map.entry("zh", "zh"), Map.entry("中文", "zh"), Map.entry("chinese", "zh"),
            Map.entry("ar", "ar"), Map.entry("العربية", "ar"), Map.entry("arabic", "ar"), Map.entry("ja", "ja"),
            Map.entry("日本語", "ja"), Map.entry("japanese", "ja"), Map.entry("ko", "ko"), Map.entry("한국어", "ko"),
            Map.entry("korean", "ko"), Map.entry("hi", "hi"), Map.entry("hindi", "hi"), Map.entry("id", "id"),
            Map.entry("bahasa indonesia", "id"), Map.entry("indonesian", "id"), Map.entry("tr", "tr"),
            Map.entry("türkçe", "tr"), Map.entry("turkish", "tr"), Map.entry("vi", "vi"), Map.entry("vietnamese", "vi"),
            Map.entry("uk", "uk"), Map.entry("ukrainian", "uk"), Map.entry("pl", "pl"), Map.entry("polish", "pl"),
            Map.entry("nl", "nl"), Map.entry("dutch", "nl"));

    /**
     * Characters of titles whose language is remembered, at most (a request asks again for its few hundred
     * candidates'; bounded by size, not count: a tenant's titles may be long).
     */
    static final long TITLE_CHARS = 8_000_000;
    private static final Cache<String, Optional<String>> BY_TITLE = Caffeine.newBuilder().maximumWeight(TITLE_CHARS)
            .weigher((String title, Optional<String> language) -> title.length() + 2).build();

    private CredentialLanguage() {
    }

    /** The ISO 639-1 code (lower case), or empty when neither the field nor the title says. */
    public static Optional<String> of(Credential c) {
        if (c.language() != null && !c.language().isBlank()) {
            String l = c.language().strip().toLowerCase(Locale.ROOT);
            return Optional.of(l.length() > 2 && l.charAt(2) == '-' ? l.substring(0, 2) : l);
        }
        return BY_TITLE.get(c.title(), CredentialLanguage::ofTitle);
    }

    /** A title's edition marker, else the language it is written in. */
    private static Optional<String> ofTitle(String title) {
        Matcher m = BRACKETED.matcher(title);
        Optional<String> found = Optional.empty();
        while (m.find()) {
            String code = MARKERS.get(m.group(1).strip().toLowerCase(Locale.ROOT));
            if (code != null) {
                found = Optional.of(code);
            }
        }
        return found.isPresent() ? found : Optional.of(LanguageGuess.of(title));
    }
}
