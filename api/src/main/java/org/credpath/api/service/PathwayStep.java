package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/**
 * One credential in a pathway, with why it is there. {@code costUsd} is what the planner counted (0
 * when the catalogue states no price); {@code cost} says whether that price is known.
 */
public record PathwayStep(String credentialId, String title, Double hours, Double costUsd, List<String> skillsGained,
        String why, ItemCost cost) {
    public PathwayStep {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(title, "title");
        skillsGained = List.copyOf(Objects.requireNonNullElse(skillsGained, List.of()));
    }

    /** A step without a cost state (as saved before it was added). */
    public PathwayStep(String credentialId, String title, Double hours, Double costUsd, List<String> skillsGained,
            String why) {
        this(credentialId, title, hours, costUsd, skillsGained, why, null);
    }
}
