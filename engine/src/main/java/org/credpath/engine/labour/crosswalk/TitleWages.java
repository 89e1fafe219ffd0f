package org.credpath.engine.labour.crosswalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.credpath.engine.labour.bls.Bls;
import org.credpath.engine.labour.bls.OewsOccupation;
import org.credpath.engine.labour.onet.Onet;
import org.credpath.engine.labour.onet.OnetCodes;
import org.credpath.engine.labour.onet.OnetOccupation;
import org.credpath.engine.labour.onet.OnetTitle;

/**
 * Checks a wage join against the occupation's own title (docs/labour-market.md, "Wage join audit"): when
 * the ESCO preferred label is an O*NET alternate title and none of that title's SOC codes is the one the
 * crosswalk gave, the crosswalk's choice is contradicted by the title, and the occupation is re-priced
 * with the employment-weighted median among the title's OEWS rows ({@link WageRoute#TITLE_MATCH}).
 */
public final class TitleWages {

    private TitleWages() {
    }

    /** Lower-cased O*NET alternate title -> O*NET-SOC codes listing it. */
    static Map<String, List<String>> index(Onet onet) {
        Map<String, List<String>> out = new HashMap<>();
        for (OnetOccupation o : onet.occupations()) {
            for (OnetTitle t : onet.titles(o.code())) {
                if (t.source() == OnetTitle.Source.ALTERNATE) {
                    List<String> codes = out.computeIfAbsent(t.title().toLowerCase(Locale.ROOT).strip(),
                            k -> new ArrayList<>());
                    if (!codes.contains(o.code())) {
                        codes.add(o.code());
                    }
                }
            }
        }
        return out;
    }

    /** The join, or its re-pricing when the label's O*NET title codes contradict it. */
    static WageJoin check(String label, WageJoin join, Map<String, List<String>> byTitle, Bls bls) {
        List<OewsOccupation> rows = rows(byTitle.getOrDefault(label.toLowerCase(Locale.ROOT).strip(), List.of()), bls);
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.socCode().equals(join.oewsCode()))) {
            return join;
        }
        OewsOccupation pick = weightedMedian(rows);
        return new WageJoin(pick.socCode(), pick.socCode(), WageRoute.TITLE_MATCH, join.oewsCode());
    }

    /** Distinct OEWS rows (with an annual median) of the codes' SOC codes, broad group as fall-back. */
    static List<OewsOccupation> rows(List<String> onetCodes, Bls bls) {
        Map<String, OewsOccupation> out = new LinkedHashMap<>();
        for (String code : onetCodes) {
            bls.wageWithBroadFallback(OnetCodes.soc(code)).filter(r -> r.annual().median() != null)
                    .ifPresent(r -> out.putIfAbsent(r.socCode(), r));
        }
        return List.copyOf(out.values());
    }

    /** The row at which the cumulative employment, in order of median wage, first reaches half. */
    static OewsOccupation weightedMedian(List<OewsOccupation> rows) {
        List<OewsOccupation> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((OewsOccupation r) -> r.annual().median().usd())
                .thenComparing(OewsOccupation::socCode));
        double total = sorted.stream().mapToDouble(r -> Math.max(1, r.employment())).sum();
        double cum = 0;
        for (OewsOccupation r : sorted) {
            cum += Math.max(1, r.employment());
            if (cum >= total / 2) {
                return r;
            }
        }
        return sorted.getLast();
    }
}
