package org.credpath.engine.recommend;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.index.CredentialVectors;

/**
 * Query vectors from the skills alone when a request names skills: the recommender's text is the
 * labels of the very skills it passes as URIs, so tagging that text again (a nearest-neighbour
 * scan over the skill embeddings) adds cost and nothing else. Text-only queries (catalogue search)
 * and credential vectors are unchanged.
 */
final class SkillFirstVectors implements CredentialVectors {

    private final CredentialVectors delegate;

    SkillFirstVectors(CredentialVectors delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public Optional<float[]> credential(Credential credential) {
        return delegate.credential(credential);
    }

    @Override
    public Optional<float[]> query(String text, List<String> skillUris) {
        if (!skillUris.isEmpty()) {
            Optional<float[]> bySkills = delegate.query(null, skillUris);
            if (bySkills.isPresent()) {
                return bySkills;
            }
        }
        return delegate.query(text, skillUris);
    }
}
