package org.credpath.engine.catalog.bundled;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The price of earning the credential from a listing's price text. The first dollar amount wins:
 * {@code "FREE-Add a Verified Certificate for $49 USD"} is 49 (auditing is free but earns no
 * credential; the verified certificate is the credential). A text that is only "free" or "audit"
 * (no amount) is 0. Anything else is unknown.
 */
public final class PriceText {

    private static final Pattern DOLLARS = Pattern.compile("(?:\\$|usd\\s*)\\s*(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");
    private static final Pattern FREE = Pattern.compile("\\b(free|audit|gratis|gratuit)\\b");

    private PriceText() {
    }

    public static OptionalDouble costUsd(String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        String t = text.toLowerCase(Locale.ROOT);
        Matcher m = DOLLARS.matcher(t);
        if (m.find()) {
            return OptionalDouble.of(Double.parseDouble(m.group(1).replace(",", "")));
        }
        return FREE.matcher(t).find() ? OptionalDouble.of(0) : OptionalDouble.empty();
    }
}
