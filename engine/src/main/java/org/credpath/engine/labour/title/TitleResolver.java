package org.credpath.engine.labour.title;

import java.util.List;

/** Ranks ESCO occupations for a free-text job title. */
public interface TitleResolver {

    /** At most {@code k} occupations, best first; empty when nothing matches. */
    List<ScoredOccupation> resolve(String title, int k);
}
