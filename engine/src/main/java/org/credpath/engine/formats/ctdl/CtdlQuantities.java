package org.credpath.engine.formats.ctdl;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.credpath.engine.formats.ImportIssue;

import tools.jackson.databind.JsonNode;

/**
 * Study hours from {@code ceterms:estimatedDuration} and a US-dollar price from
 * {@code ceterms:estimatedCost}, by the rules in docs/formats.md.
 */
final class CtdlQuantities {
    private static final Set<String> USD = Set.of("usd", "us dollar", "us dollars", "$");
    /** An ISO 8601 duration with a time part only ({@code PT180H}, {@code PT7H30M}): study time. */
    private static final Pattern TIME_ONLY = Pattern.compile("PT(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?");
    /** Any ISO 8601 duration, calendar parts included ({@code P2Y}, {@code P8W}, {@code P1DT2H}). */
    private static final Pattern ANY = Pattern.compile("P(\\d+(\\.\\d+)?[YMWD])*(T(\\d+(\\.\\d+)?[HMS])+)?");

    private CtdlQuantities() {
    }

    /**
     * Hours of study: the first DurationProfile's {@code exactDuration}, else the midpoint of its
     * minimum and maximum (or the one given), when written in hours/minutes. A calendar duration
     * ({@code P8W}, {@code P2Y}) is elapsed time, not study time: hours stay unknown, with a warning.
     */
    static Double hours(JsonNode profiles, String record, List<ImportIssue> errors, List<ImportIssue> warnings) {
        List<JsonNode> list = LdValues.many(profiles);
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = "ceterms:estimatedDuration[" + i + "].";
            if (!p.isObject()) {
                errors.add(new ImportIssue(record, "ceterms:estimatedDuration[" + i + "]", "expected a DurationProfile object"));
                return null;
            }
            Double exact = duration(p, "ceterms:exactDuration", at, record, errors, warnings);
            Double min = duration(p, "ceterms:minimumDuration", at, record, errors, warnings);
            Double max = duration(p, "ceterms:maximumDuration", at, record, errors, warnings);
            if (exact != null) {
                return exact;
            }
            if (min != null || max != null) {
                return min == null ? max : max == null ? min : (min + max) / 2;
            }
        }
        return null;
    }

    private static Double duration(JsonNode profile, String field, String at, String record, List<ImportIssue> errors,
            List<ImportIssue> warnings) {
        JsonNode v = profile.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String text = v.isString() ? v.asString().strip().toUpperCase(Locale.ROOT) : null;
        if (text == null || !ANY.matcher(text).matches() || text.equals("P") || text.endsWith("T")) {
            errors.add(new ImportIssue(record, at + field, "not an ISO 8601 duration (e.g. PT40H, P8W): "
                    + (v.isString() ? "'" + v.asString() + "'" : LdValues.kind(v))));
            return null;
        }
        if (!TIME_ONLY.matcher(text).matches()) {
            warnings.add(new ImportIssue(record, at + field, text + " is calendar time, not study hours;"
                    + " hours left unknown"));
            return null;
        }
        try {
            return Duration.parse(text).toMillis() / 3_600_000.0;
        } catch (DateTimeParseException e) {
            errors.add(new ImportIssue(record, at + field, "not an ISO 8601 duration: '" + v.asString() + "'"));
            return null;
        }
    }

    /**
     * The sum of the {@code ceterms:price} of every CostProfile in US dollars; unknown (null, with
     * a warning) when a profile with a price is in another currency; null when no profile has a price.
     */
    static Double costUsd(JsonNode profiles, String record, List<ImportIssue> errors, List<ImportIssue> warnings) {
        List<JsonNode> list = LdValues.many(profiles);
        double sum = 0;
        boolean any = false;
        boolean foreign = false;
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = "ceterms:estimatedCost[" + i + "]";
            if (!p.isObject()) {
                errors.add(new ImportIssue(record, at, "expected a CostProfile object"));
                return null;
            }
            JsonNode price = p.get("ceterms:price");
            if (price == null || price.isNull()) {
                continue;
            }
            if (!price.isNumber() || !Double.isFinite(price.doubleValue()) || price.doubleValue() < 0) {
                errors.add(new ImportIssue(record, at + ".ceterms:price", "must be a number >= 0, got "
                        + (price.isNumber() ? price.toString() : LdValues.kind(price)
                        + (price.isString() ? " '" + abbreviate(price.asString()) + "'" : ""))));
                return null;
            }
            String currency = LdValues.text(p.get("ceterms:currency"));
            if (currency != null && !USD.contains(currency.toLowerCase(Locale.ROOT))) {
                warnings.add(new ImportIssue(record, at + ".ceterms:currency", "price in " + abbreviate(currency)
                        + ", not US dollars; cost left unknown"));
                foreign = true;
            }
            sum += price.doubleValue();
            any = true;
        }
        return any && !foreign ? sum : null;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
