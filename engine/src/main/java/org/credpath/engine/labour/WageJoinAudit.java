package org.credpath.engine.labour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.labour.bls.OewsOccupation;
import org.credpath.engine.labour.crosswalk.WageJoin;
import org.credpath.engine.labour.crosswalk.WageRoute;
import org.credpath.engine.labour.esco.EscoOccupation;

/**
 * The ESCO -> SOC wage join audited (docs/labour-market.md): how many occupations are priced through each
 * route (a parent/broad group, the ISCO fallback, a title re-pricing), and the worst cases, where the
 * crosswalk's row and the occupation's own title disagree most on the median wage.
 */
public final class WageJoinAudit {

    /** One re-priced occupation: the crosswalk's row and the title's row. */
    public record Case(String escoLabel, String escoUri, String crosswalkCode, String crosswalkTitle, double crosswalkMedian,
                       String titleCode, String titleTitle, double titleMedian) {
        public double ratio() {
            return crosswalkMedian / titleMedian;
        }
    }

    public record Report(int occupations, Map<WageRoute, Integer> routes, List<Case> worst) {
        public int priced() {
            return routes.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Share of priced occupations reached through a broad group, the ISCO fallback or a title re-pricing. */
        public double indirectShare() {
            int indirect = routes.getOrDefault(WageRoute.ONET_BROAD_GROUP, 0) + routes.getOrDefault(WageRoute.ISCO_FALLBACK, 0)
                    + routes.getOrDefault(WageRoute.TITLE_MATCH, 0);
            return priced() == 0 ? 0 : (double) indirect / priced();
        }
    }

    private WageJoinAudit() {
    }

    public static Report run(LabourMarket market, int worst) {
        Map<WageRoute, Integer> routes = new EnumMap<>(WageRoute.class);
        List<Case> cases = new ArrayList<>();
        for (EscoOccupation o : market.esco().occupations()) {
            WageJoin j = market.wageJoin(o.uri()).orElse(null);
            if (j == null) {
                continue;
            }
            routes.merge(j.route(), 1, Integer::sum);
            if (j.replacedOewsCode() != null) {
                OewsOccupation before = market.bls().oews(j.replacedOewsCode()).orElseThrow();
                OewsOccupation after = market.bls().oews(j.oewsCode()).orElseThrow();
                cases.add(new Case(o.preferredLabel(), o.uri(), before.socCode(), before.title(),
                        before.annual().median().usd(), after.socCode(), after.title(), after.annual().median().usd()));
            }
        }
        cases.sort(Comparator.comparingDouble((Case c) -> -Math.abs(Math.log(c.ratio()))).thenComparing(Case::escoUri));
        return new Report(market.esco().occupations().size(), routes, cases.subList(0, Math.min(worst, cases.size())));
    }
}
