package org.credpath.engine.index;

import java.util.List;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;

/**
 * Dense vectors for the KNN side of retrieval: one per credential, one per query (text and/or
 * skills). All vectors share {@link #dimension()} and are unit length (cosine similarity).
 */
public interface CredentialVectors {

    int dimension();

    /** The credential's vector, or empty when nothing about it can be embedded. */
    Optional<float[]> credential(Credential credential);

    /** A query vector from free text and/or ESCO skill URIs (e.g. learner gap skills). */
    Optional<float[]> query(String text, List<String> skillUris);

    /** No vectors: KNN finds nothing and hybrid falls back to BM25. */
    CredentialVectors NONE = new CredentialVectors() {
        @Override
        public int dimension() {
            return 0;
        }

        @Override
        public Optional<float[]> credential(Credential credential) {
            return Optional.empty();
        }

        @Override
        public Optional<float[]> query(String text, List<String> skillUris) {
            return Optional.empty();
        }
    };
}
