package org.credpath.api.wallet;

import java.util.List;
import java.util.Objects;

/**
 * One achievement read from an Open Badges 3.0 credential.
 *
 * @param credentialId    the credential's {@code id}, may be null
 * @param issuer          the issuer's id (URI or DID)
 * @param achievementType e.g. {@code Certificate}, {@code MicroCredential}; may be null
 * @param proof           {@code "not-verified"} when a proof is present (it is not checked here), {@code "none"} otherwise
 */
public record Badge(String credentialId, String issuer, String achievementName, String achievementDescription,
        String achievementType, List<Alignment> alignments, String proof) {

    public Badge {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(achievementName, "achievementName");
        alignments = List.copyOf(Objects.requireNonNullElse(alignments, List.of()));
    }

    /**
     * The skills this badge attests: ESCO skill URIs among the alignment targets, else the
     * alignment names, else the achievement name (free text, resolved later by the engine).
     */
    public List<String> skills() {
        List<String> fromAlignments = alignments.stream()
                .map(a -> a.targetUrl() != null && a.targetUrl().startsWith(ESCO_SKILL) ? a.targetUrl()
                        : a.targetName())
                .filter(s -> s != null && !s.isBlank())
                .distinct()
                .toList();
        return fromAlignments.isEmpty() ? List.of(achievementName) : fromAlignments;
    }

    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
}
