package org.credpath.engine.labour.crosswalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.engine.labour.bls.Bls;
import org.credpath.engine.labour.bls.OewsOccupation;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.onet.OnetCodes;
import org.credpath.engine.labour.onet.Onet;

/** Resolved joins from each ESCO occupation to O*NET-SOC 2019 codes and to an OEWS wage row. */
public final class Crosswalk {

    private final Map<String, List<String>> onetByEsco;
    private final Map<String, List<String>> escoByOnet;
    private final Map<String, WageJoin> wages;
    private final int nestaRows;

    private Crosswalk(Map<String, List<String>> onetByEsco, Map<String, List<String>> escoByOnet,
                      Map<String, WageJoin> wages, int nestaRows) {
        this.onetByEsco = Map.copyOf(onetByEsco);
        this.escoByOnet = Map.copyOf(escoByOnet);
        this.wages = Map.copyOf(wages);
        this.nestaRows = nestaRows;
    }

    public static Crosswalk build(CrosswalkTables t, Esco esco, Onet onet, Bls bls) {
        Map<String, List<String>> onetByEsco = new HashMap<>();
        Map<String, List<String>> escoByOnet = new HashMap<>();
        List<EscoOnetLink> links = new ArrayList<>(t.nesta().values());
        links.sort(Comparator.comparingDouble(EscoOnetLink::confidence).reversed()
                .thenComparing(Comparator.comparingDouble(EscoOnetLink::similarity).reversed())
                .thenComparing(EscoOnetLink::escoUri));
        for (EscoOnetLink l : links) {
            if (esco.occupation(l.escoUri()).isEmpty()) {
                continue;
            }
            List<String> codes = onet2019(l.onet2010(), t, onet);
            if (!codes.isEmpty()) {
                onetByEsco.put(l.escoUri(), codes);
                codes.forEach(c -> escoByOnet.computeIfAbsent(c, k -> new ArrayList<>()).add(l.escoUri()));
            }
        }
        escoByOnet.replaceAll((k, v) -> List.copyOf(v));
        Map<String, WageJoin> wages = new HashMap<>();
        Map<String, List<String>> byTitle = TitleWages.index(onet);
        for (EscoOccupation o : esco.occupations()) {
            wageJoin(onetByEsco.getOrDefault(o.uri(), List.of()), o.iscoGroup(), t, bls)
                    .map(w -> TitleWages.check(o.preferredLabel(), w, byTitle, bls))
                    .ifPresent(w -> wages.put(o.uri(), w));
        }
        return new Crosswalk(onetByEsco, escoByOnet, wages, t.nesta().size());
    }

    /** The O*NET-SOC 2019 codes of an ESCO occupation: the 2010 code's successors, kept when O*NET 29.2 has them. */
    private static List<String> onet2019(String code2010, CrosswalkTables t, Onet onet) {
        List<String> next = t.onet2010To2019().getOrDefault(code2010, List.of(code2010));
        List<String> known = new ArrayList<>();
        if (next.contains(code2010) && onet.occupation(code2010).isPresent()) {
            known.add(code2010);
        }
        next.stream().filter(c -> !known.contains(c) && onet.occupation(c).isPresent()).forEach(known::add);
        return List.copyOf(known);
    }

    private static Optional<WageJoin> wageJoin(List<String> onetCodes, String isco, CrosswalkTables t, Bls bls) {
        for (String code : onetCodes) {
            String soc = OnetCodes.soc(code);
            Optional<OewsOccupation> w = bls.wageWithBroadFallback(soc);
            if (w.isPresent()) {
                WageRoute route = w.get().socCode().equals(soc) ? WageRoute.ONET_DETAILED : WageRoute.ONET_BROAD_GROUP;
                return Optional.of(new WageJoin(soc, w.get().socCode(), route));
            }
        }
        WageJoin best = null;
        long bestEmployment = -2;
        for (String soc2010 : t.iscoToSoc2010().getOrDefault(isco, List.of())) {
            for (String soc : t.soc2010To2018().getOrDefault(soc2010, List.of(soc2010))) {
                Optional<OewsOccupation> w = bls.wageWithBroadFallback(soc);
                if (w.isPresent() && w.get().employment() > bestEmployment) {
                    bestEmployment = w.get().employment();
                    best = new WageJoin(soc, w.get().socCode(), WageRoute.ISCO_FALLBACK);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** O*NET-SOC 2019 codes of an ESCO occupation (empty when Nesta does not map it). */
    public List<String> onetCodes(String escoUri) {
        return onetByEsco.getOrDefault(escoUri, List.of());
    }

    /** ESCO occupations mapped to an O*NET-SOC 2019 code, best Nesta confidence first. */
    public List<String> escoOccupations(String onetCode) {
        return escoByOnet.getOrDefault(onetCode, List.of());
    }

    public Optional<WageJoin> wage(String escoUri) {
        return Optional.ofNullable(wages.get(escoUri));
    }

    public int nestaRows() {
        return nestaRows;
    }

    public int escoWithOnet() {
        return onetByEsco.size();
    }

    public int escoWithWage() {
        return wages.size();
    }

    public Map<WageRoute, Integer> wageRoutes() {
        Map<WageRoute, Integer> m = new EnumMap<>(WageRoute.class);
        wages.values().forEach(w -> m.merge(w.route(), 1, Integer::sum));
        return m;
    }
}
