package org.credpath.engine.labour;

import java.util.Objects;

import org.credpath.engine.labour.esco.EscoSkill;

/**
 * A skill query resolved to an ESCO skill.
 *
 * @param skill  the ESCO skill
 * @param method {@code URI}, {@code EXACT_LABEL} or {@code SEARCH} (BM25 / fuzzy label search)
 * @param score  1 for URI and exact matches; for a search, the share of the query's terms found in
 *               the matched label (0..1)
 * @param label  the ESCO label that matched
 */
public record SkillMatch(EscoSkill skill, MatchMethod method, double score, String label) {
    public SkillMatch {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(method, "method");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("skill match score must be in 0..1, got " + score);
        }
    }
}
