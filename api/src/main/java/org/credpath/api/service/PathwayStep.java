package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Cost;

/**
 * One credential in a pathway, with why it is there.
 *
 * @param costUsd its known or estimated price; null when unknown (read {@code cost} for the state and source)
 * @param cost    the price with state ({@code known}, {@code estimated}, {@code unknown}) and basis; null in
 *                pathways saved before it was added
 */
public record PathwayStep(String credentialId, String title, Double hours, Double costUsd, Cost cost,
        List<String> skillsGained, String why) {
    public PathwayStep {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(title, "title");
        skillsGained = List.copyOf(Objects.requireNonNullElse(skillsGained, List.of()));
    }

    /** A step without a cost state (as saved before it was added). */
    public PathwayStep(String credentialId, String title, Double hours, Double costUsd, List<String> skillsGained,
            String why) {
        this(credentialId, title, hours, costUsd, null, skillsGained, why);
    }
}
