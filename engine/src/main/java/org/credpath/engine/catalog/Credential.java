package org.credpath.engine.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A credential in the catalogue (docs/formats.md, Credential). Only {@code id} and {@code title}
 * are required; absent numbers are {@code null}, absent lists are empty.
 *
 * @param skills      ESCO skill URIs (inferred from the text when absent in the source)
 * @param skillLabels free-text tags from the source
 * @param syllabus    optional outline text (edX), indexed with the description
 */
public record Credential(
        String id,
        String title,
        String provider,
        String description,
        String syllabus,
        String url,
        CredentialType credentialType,
        Level level,
        Double hours,
        Double costUsd,
        Delivery delivery,
        String language,
        Boolean assessed,
        List<String> skills,
        List<String> skillLabels,
        List<String> prerequisites,
        List<StackLink> stacksInto,
        Double credits,
        List<String> endorsements,
        String reviewedOn) {

    public Credential {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: required and must not be blank");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title: required and must not be blank (id " + id + ")");
        }
        if (hours != null && (hours < 0 || hours.isNaN() || hours.isInfinite())) {
            throw new IllegalArgumentException("hours: must be a finite number >= 0, got " + hours);
        }
        if (costUsd != null && !(costUsd >= 0 && costUsd <= Cost.MAX_USD)) {
            throw new IllegalArgumentException("costUsd: must be a finite number in [0, " + (long) Cost.MAX_USD
                    + "] (credential " + id + "), got " + costUsd);
        }
        credentialType = Objects.requireNonNullElse(credentialType, CredentialType.OTHER);
        skills = List.copyOf(Objects.requireNonNullElse(skills, List.of()));
        skillLabels = List.copyOf(Objects.requireNonNullElse(skillLabels, List.of()));
        prerequisites = List.copyOf(Objects.requireNonNullElse(prerequisites, List.of()));
        stacksInto = List.copyOf(Objects.requireNonNullElse(stacksInto, List.of()));
        endorsements = List.copyOf(Objects.requireNonNullElse(endorsements, List.of()));
    }

    /** The price of earning it, with its state and source ({@link CostPolicy}, the one pricing rule). */
    public Cost cost() {
        return CostPolicy.of(this);
    }

    /** A minimal credential: id and title only. */
    public static Credential of(String id, String title) {
        return new Credential(id, title, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public Credential withSkills(List<String> newSkills) {
        return new Credential(id, title, provider, description, syllabus, url, credentialType, level,
                hours, costUsd, delivery, language, assessed, newSkills, skillLabels, prerequisites,
                stacksInto, credits, endorsements, reviewedOn);
    }

    public Credential withLanguage(String newLanguage) {
        return new Credential(id, title, provider, description, syllabus, url, credentialType, level,
                hours, costUsd, delivery, newLanguage, assessed, skills, skillLabels, prerequisites,
                stacksInto, credits, endorsements, reviewedOn);
    }

    /** Membership in a larger qualification, e.g. a course inside a specialization. */
    public record StackLink(String qualificationId, Double credits) {
        public StackLink {
            if (qualificationId == null || qualificationId.isBlank()) {
                throw new IllegalArgumentException("stacksInto.qualificationId: required");
            }
        }
    }
}
