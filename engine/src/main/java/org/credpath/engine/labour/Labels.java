package org.credpath.engine.labour;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Label normalisation shared by every lookup: lower case, accents dropped, punctuation to spaces. */
public final class Labels {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private Labels() {
    }

    /** {@code "Café  Manager/Owner"} becomes {@code "cafe manager owner"}; null becomes "". */
    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(s).replaceAll(" ").strip();
    }

    /** Splits a multi-line ESCO label field (one label per line) into trimmed, non-empty labels. */
    public static List<String> splitLines(String field) {
        List<String> out = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return List.of();
        }
        for (String line : field.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }
}
