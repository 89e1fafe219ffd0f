package org.credpath.engine.catalog.bundled;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable id parts: lower-case letters and digits of any script joined by hyphens. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** The last path segment of a URL, e.g. {@code how-to-learn-online}. */
    static String lastSegment(String url) {
        if (url == null) {
            return "";
        }
        String u = url.strip().replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return slug(u.substring(u.lastIndexOf('/') + 1));
    }
}
