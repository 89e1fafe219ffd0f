package org.credpath.engine.skills;

/** An ESCO skill found in a text, with the label that matched and a confidence in (0, 1]. */
public record SkillMatch(String uri, String label, double confidence) {
    public SkillMatch {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("uri: required");
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence: must be in (0, 1], got " + confidence);
        }
    }
}
