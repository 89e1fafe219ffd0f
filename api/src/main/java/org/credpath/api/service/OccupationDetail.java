package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * An occupation with what the labour-market data says about it.
 *
 * @param socCode       SOC 2018 code reached through the crosswalk, may be null
 * @param medianWageUsd OEWS annual median wage, may be null
 */
public record OccupationDetail(String id, String label, String description, String socCode, Double medianWageUsd,
        List<Match> essentialSkills, List<Match> optionalSkills) {
    public OccupationDetail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        essentialSkills = List.copyOf(Objects.requireNonNullElse(essentialSkills, List.of()));
        optionalSkills = List.copyOf(Objects.requireNonNullElse(optionalSkills, List.of()));
    }
}
