package org.credpath.engine.recommend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.index.SearchFilters;

/**
 * How many of some credentials each active search filter would remove, for an empty answer's
 * explanation. The rules are the index's: unknown hours or cost cannot be shown to fit a maximum.
 */
final class SearchFilterCounts {

    private SearchFilterCounts() {
    }

    /** Removed counts by a readable description of the filter, only filters that removed something. */
    static Map<String, Integer> count(List<Credential> credentials, SearchFilters f) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (!f.types().isEmpty()) {
            add(out, "not of type " + f.types().stream().map(t -> t.value()).sorted().collect(Collectors.joining("/")),
                    credentials.stream().filter(c -> c.credentialType() == null || !f.types().contains(c.credentialType())).count());
        }
        if (!f.deliveries().isEmpty()) {
            add(out, "not delivered " + f.deliveries().stream().map(d -> d.value()).sorted()
                    .collect(Collectors.joining("/")), credentials.stream()
                            .filter(c -> c.delivery() == null || !f.deliveries().contains(c.delivery())).count());
        }
        if (f.maxHours() != null) {
            add(out, "over maxHours " + number(f.maxHours()) + " or of unknown length",
                    credentials.stream().filter(c -> c.hours() == null || c.hours() > f.maxHours()).count());
        }
        if (f.maxCostUsd() != null) {
            add(out, "over maxCostUsd " + number(f.maxCostUsd()) + " or of unknown cost",
                    credentials.stream().filter(c -> c.costUsd() == null || c.costUsd() > f.maxCostUsd()).count());
        }
        return out;
    }

    /** 40 as "40", 0.5 as "0.5". */
    static String number(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d) : String.valueOf(d);
    }

    private static void add(Map<String, Integer> out, String what, long n) {
        if (n > 0) {
            out.put(what, (int) n);
        }
    }
}
