package org.credpath.engine.labour.title;

import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;

/** Baseline: plain BM25 over one document per occupation holding its preferred, alternative and hidden labels. */
public final class Bm25LabelResolver implements TitleResolver {

    private final List<String> uris;
    private final LabelIndex index;

    public Bm25LabelResolver(Esco esco) {
        this.uris = new ArrayList<>();
        LabelIndex.Builder b = LabelIndex.builder();
        for (EscoOccupation o : esco.occupations()) {
            List<String> labels = new ArrayList<>();
            labels.add(o.preferredLabel());
            labels.addAll(o.altLabels());
            labels.addAll(o.hiddenLabels());
            b.add(uris.size(), 0, String.join("\n", labels));
            uris.add(o.uri());
        }
        this.index = b.build();
    }

    @Override
    public List<ScoredOccupation> resolve(String title, int k) {
        return index.search(title, k).stream().map(h -> new ScoredOccupation(uris.get(h.owner()), h.score())).toList();
    }
}
