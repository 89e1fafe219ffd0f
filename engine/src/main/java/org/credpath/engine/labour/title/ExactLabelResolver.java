package org.credpath.engine.labour.title;

import java.util.List;

import org.credpath.engine.labour.esco.Esco;

/** Baseline: the occupations one of whose ESCO labels equals the title once normalised (score 1). */
public final class ExactLabelResolver implements TitleResolver {

    private final Esco esco;

    public ExactLabelResolver(Esco esco) {
        this.esco = esco;
    }

    @Override
    public List<ScoredOccupation> resolve(String title, int k) {
        return esco.occupationsByLabel(title).stream().limit(k)
                .map(o -> new ScoredOccupation(o.uri(), 1.0)).toList();
    }
}
