package org.credpath.api.service;

import java.text.Normalizer;
import java.util.Locale;

/** The keys credentials are matched on (wallet badges to catalogue credentials): normalised titles and URLs. */
public final class MatchKeys {
    private MatchKeys() {
    }

    /** Titles compared: NFKD without accents, lower case, runs of anything but letters and digits as one space. */
    public static String title(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** URLs compared: trimmed, fragment and trailing slashes dropped, scheme and host lower-cased. */
    public static String url(String url) {
        if (url == null) {
            return "";
        }
        String u = url.strip().replaceAll("#.*$", "").replaceAll("/+$", "");
        int scheme = u.indexOf("://");
        if (scheme < 0) {
            return u;
        }
        int path = u.indexOf('/', scheme + 3);
        return path < 0 ? u.toLowerCase(Locale.ROOT) : u.substring(0, path).toLowerCase(Locale.ROOT) + u.substring(path);
    }
}
