package org.credpath.engine.rank;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.OccupationSkillLink;
import org.credpath.engine.labour.esco.SkillRelation;

/**
 * The labour-market side of the features: the essential and optional skills of an occupation
 * and a demand weight per skill, from ESCO.
 */
public interface OccupationSkills {

    /** Skill URIs the occupation needs with the given relation; empty when the occupation is unknown. */
    Set<String> skillsOf(String occupation, SkillRelation relation);

    /** Demand weight per skill URI in [0, 1]: log share of occupations that name it essential. */
    Map<String, Double> demand();

    /** The ESCO-backed implementation (occupations given as ESCO URIs). */
    static OccupationSkills of(Esco esco) {
        Map<String, Integer> essentialCounts = new HashMap<>();
        for (OccupationSkillLink l : esco.links()) {
            if (l.relation() == SkillRelation.ESSENTIAL) {
                essentialCounts.merge(l.skillUri(), 1, Integer::sum);
            }
        }
        double max = Math.log1p(essentialCounts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        Map<String, Double> demand = new HashMap<>();
        essentialCounts.forEach((k, v) -> demand.put(k, Math.log1p(v) / max));
        Map<String, Double> frozen = Map.copyOf(demand);
        return new OccupationSkills() {
            @Override
            public Set<String> skillsOf(String occupation, SkillRelation relation) {
                if (occupation == null) {
                    return Set.of();
                }
                Set<String> out = new HashSet<>();
                for (OccupationSkillLink l : esco.skillLinks(occupation)) {
                    if (l.relation() == relation) {
                        out.add(l.skillUri());
                    }
                }
                return out;
            }

            @Override
            public Map<String, Double> demand() {
                return frozen;
            }
        };
    }
}
