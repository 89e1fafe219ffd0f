package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Cost;

/**
 * One credential in a pathway, with why it is there.
 *
 * @param costUsd its known or estimated price; null when unknown (read {@code cost} for the state and source)
 * @param cost    the price with state ({@code known}, {@code estimated}, {@code unknown}) and basis
 */
public record PathwayStep(String credentialId, String title, Double hours, Double costUsd, Cost cost,
        List<String> skillsGained, String why) {
    public PathwayStep {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(title, "title");
        skillsGained = List.copyOf(Objects.requireNonNullElse(skillsGained, List.of()));
    }
}
