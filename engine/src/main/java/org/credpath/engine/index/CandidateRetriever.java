package org.credpath.engine.index;

import java.util.List;

/** The seam between retrieval and ranking: ranked candidate credentials for a request. */
public interface CandidateRetriever {

    /**
     * Ranked hits, best first, at most {@code request.k()}; never throws on odd user text.
     *
     * @throws IllegalArgumentException when the text holds no searchable word and no skills are given
     */
    List<SearchHit> search(SearchRequest request);
}
