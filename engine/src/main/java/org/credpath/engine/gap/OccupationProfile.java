package org.credpath.engine.gap;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.credpath.engine.learner.SkillStateBuilder.SkillRef;
import org.credpath.engine.returns.WageDistribution;

/**
 * What the planner needs to know about an occupation.
 *
 * @param hotSkillUris      skills matched to O*NET "Hot Technology" products of the occupation
 * @param inDemandSkillUris skills matched to O*NET "In Demand" products
 * @param growthPercent     BLS employment growth 2024-34, or null
 * @param annualOpenings    BLS annual openings (persons), or null
 * @param wages             OEWS annual wage percentiles, or null when none is published
 */
public record OccupationProfile(String uri, String title, List<SkillRef> essential, List<SkillRef> optional,
                                Set<String> hotSkillUris, Set<String> inDemandSkillUris, Double growthPercent,
                                Double annualOpenings, WageDistribution wages) {
    public OccupationProfile {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("uri: required");
        }
        title = Objects.requireNonNullElse(title, uri);
        essential = List.copyOf(Objects.requireNonNullElse(essential, List.of()));
        optional = List.copyOf(Objects.requireNonNullElse(optional, List.of()));
        hotSkillUris = Set.copyOf(Objects.requireNonNullElse(hotSkillUris, Set.of()));
        inDemandSkillUris = Set.copyOf(Objects.requireNonNullElse(inDemandSkillUris, Set.of()));
    }
}
