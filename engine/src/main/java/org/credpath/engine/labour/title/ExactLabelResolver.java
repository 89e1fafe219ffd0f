package org.credpath.engine.labour.title;

import java.util.Comparator;
import java.util.List;

import org.credpath.engine.labour.Labels;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;

/**
 * Baseline: the occupations one of whose ESCO labels equals the title once normalised; an occupation
 * whose preferred label equals it (score 1) comes before those where it is an alternative or hidden
 * label (score 0.5; "electrician" is the preferred label of one occupation and an alternative label of
 * several). Equal scores are a tie, which the fused resolver does not break by this list's order.
 */
public final class ExactLabelResolver implements TitleResolver {

    private final Esco esco;

    public ExactLabelResolver(Esco esco) {
        this.esco = esco;
    }

    @Override
    public List<ScoredOccupation> resolve(String title, int k) {
        String norm = Labels.normalise(title);
        return esco.occupationsByLabel(title).stream()
                .sorted(Comparator.comparing((EscoOccupation o) -> !Labels.normalise(o.preferredLabel()).equals(norm)))
                .limit(k).map(o -> new ScoredOccupation(o.uri(), Labels.normalise(o.preferredLabel()).equals(norm) ? 1.0 : 0.5))
                .toList();
    }
}
