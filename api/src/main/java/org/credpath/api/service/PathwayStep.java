package org.credpath.api.service;

import java.util.List;
import java.util.Objects;

/** One credential in a pathway, with why it is there. */
public record PathwayStep(String credentialId, String title, Double hours, Double costUsd, List<String> skillsGained,
        String why) {
    public PathwayStep {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(title, "title");
        skillsGained = List.copyOf(Objects.requireNonNullElse(skillsGained, List.of()));
    }
}
