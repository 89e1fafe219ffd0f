package org.credpath.engine.recommend;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.index.SearchRequest;

/**
 * Where a recommendation's candidates come from: hybrid search over a catalogue index. The shipped
 * {@link Catalogue} is one; a caller that keeps further credentials (e.g. the API's per-tenant
 * additions) supplies its own and reads {@code scope} as it likes.
 */
@FunctionalInterface
public interface CandidateSource {

    /** Candidates for the request, best first, at most {@code request.k()}. */
    List<Credential> candidates(String scope, SearchRequest request);
}
