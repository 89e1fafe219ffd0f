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
 * @param achievementId   the achievement's {@code id} (often its page's URL); may be null
 * @param issuerName      the issuer Profile's {@code name}; may be null
 */
public record Badge(String credentialId, String issuer, String achievementName, String achievementDescription,
        String achievementType, List<Alignment> alignments, String proof, String achievementId, String issuerName) {

    public Badge(String credentialId, String issuer, String achievementName, String achievementDescription,
            String achievementType, List<Alignment> alignments, String proof) {
        this(credentialId, issuer, achievementName, achievementDescription, achievementType, alignments, proof, null, null);
    }

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

    /** Only the ESCO skill URIs among the alignment targets (structured skills, kept when the badge matched a credential). */
    public List<String> escoSkills() {
        return alignments.stream().map(Alignment::targetUrl).filter(u -> u != null && u.startsWith(ESCO_SKILL))
                .distinct().toList();
    }

    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
}
