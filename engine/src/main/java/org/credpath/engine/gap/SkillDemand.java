package org.credpath.engine.gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.labour.bls.Projection;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.EscoSkill;

/**
 * Labour-market demand per skill: the BLS annual openings (2024-34) of the occupations that list
 * the skill as essential. A SOC code's openings are shared equally among the ESCO occupations
 * that map to it, so a SOC with many ESCO occupations is not counted many times. Also the
 * percentile of each skill's openings among all skills (0..1), used to weight gap skills.
 */
public final class SkillDemand {

    private final Map<String, Double> openings;
    private final Map<String, Double> percentile;

    SkillDemand(Map<String, Double> openings) {
        this.openings = Map.copyOf(openings);
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(openings.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry::getKey));
        Map<String, Double> pct = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            pct.put(sorted.get(i).getKey(), sorted.size() == 1 ? 1.0 : i / (double) (sorted.size() - 1));
        }
        this.percentile = Map.copyOf(pct);
    }

    /** No demand data: every skill at percentile 0. */
    public static SkillDemand none() {
        return new SkillDemand(Map.of());
    }

    public static SkillDemand of(Map<String, Double> openingsBySkill) {
        return new SkillDemand(openingsBySkill);
    }

    public static SkillDemand compute(LabourMarket market) {
        Map<String, Integer> escoPerSoc = new HashMap<>();
        Map<String, Projection> projection = new HashMap<>();
        for (EscoOccupation o : market.esco().occupations()) {
            Optional<Projection> p = market.projection(o.uri());
            if (p.isPresent()) {
                projection.put(o.uri(), p.get());
                escoPerSoc.merge(p.get().socCode(), 1, Integer::sum);
            }
        }
        Map<String, Double> out = new HashMap<>();
        projection.forEach((uri, p) -> {
            double share = p.annualOpenings() / escoPerSoc.get(p.socCode());
            for (EscoSkill s : market.essentialSkills(uri)) {
                out.merge(s.uri(), share, Double::sum);
            }
        });
        return new SkillDemand(out);
    }

    /** Annual openings (persons) of the occupations needing the skill; 0 when unknown. */
    public double openings(String skillUri) {
        return openings.getOrDefault(skillUri, 0.0);
    }

    /** Where the skill's openings rank among all skills, 0 (least) .. 1 (most); 0 when unknown. */
    public double percentile(String skillUri) {
        return percentile.getOrDefault(skillUri, 0.0);
    }
}
