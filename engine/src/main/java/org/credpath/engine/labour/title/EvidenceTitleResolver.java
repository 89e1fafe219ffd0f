package org.credpath.engine.labour.title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Consumer;

import org.credpath.engine.cache.DiskCache;
import org.credpath.engine.labour.esco.Esco;

/**
 * The full title resolver: every known title of an occupation (ESCO labels, O*NET titles through
 * the crosswalk, labelled vacancy titles) is a short document; the nearest titles to the query vote
 * for their occupations (see {@link EvidenceWeights}), plus plain BM25 over the occupation's ESCO labels.
 */
public final class EvidenceTitleResolver implements TitleResolver {

    private final List<String> uris;
    private final LabelIndex titles;
    private final Bm25LabelResolver labels;
    private final EvidenceWeights weights;
    private final int evidenceCount;

    public EvidenceTitleResolver(Esco esco, List<TitleEvidence> evidence, EvidenceWeights weights) {
        this(esco, evidence, weights, null, s -> { });
    }

    /**
     * As {@link #EvidenceTitleResolver(Esco, List, EvidenceWeights)}, with the index of titles read from
     * {@code cache} (folder {@value #CACHE_NAME}) when it was built from the same titles and code, else
     * built and stored there; {@code cache} null = always built in memory.
     */
    public EvidenceTitleResolver(Esco esco, List<TitleEvidence> evidence, EvidenceWeights weights, DiskCache cache,
            Consumer<String> progress) {
        this.weights = weights;
        this.labels = new Bm25LabelResolver(esco);
        Map<String, Integer> ordinals = new HashMap<>();
        this.uris = new ArrayList<>();
        LabelIndex.Builder b = LabelIndex.builder();
        for (TitleEvidence e : evidence) {
            if (esco.occupation(e.occupationUri()).isEmpty()) {
                continue;
            }
            int ord = ordinals.computeIfAbsent(e.occupationUri(), u -> {
                uris.add(u);
                return uris.size() - 1;
            });
            b.add(ord, e.source().ordinal(), e.title());
        }
        this.evidenceCount = b.size();
        this.titles = cache == null ? b.build() : b.build(cache, CACHE_NAME, progress);
    }

    /** The folder of the title evidence index under the cache root. */
    public static final String CACHE_NAME = "title-evidence-index";

    /**
     * How well the title is covered by the known titles of {@code uri}: the largest share of the
     * title's terms found in one of that occupation's retrieved titles (0..1).
     */
    public double coverage(String title, String uri) {
        double best = 0;
        for (LabelIndex.Hit h : titles.search(title, weights.depth())) {
            if (uris.get(h.owner()).equals(uri)) {
                best = Math.max(best, titles.coverage(title, h.entry()));
            }
        }
        return best;
    }

    /** How many titles were indexed. */
    public int evidenceCount() {
        return evidenceCount;
    }

    @Override
    public List<ScoredOccupation> resolve(String title, int k) {
        Map<String, Double> scores = new HashMap<>();
        List<LabelIndex.Hit> hits = titles.search(title, weights.depth());
        if (!hits.isEmpty()) {
            double best = hits.getFirst().score();
            TitleSource[] sources = TitleSource.values();
            for (LabelIndex.Hit h : hits) {
                double vote = weights.weight(sources[h.source()]) * Math.pow(h.score() / best, weights.sharpness());
                scores.merge(uris.get(h.owner()), vote, Double::sum);
            }
        }
        if (weights.occupationDocument() > 0) {
            List<ScoredOccupation> docs = labels.resolve(title, 50);
            if (!docs.isEmpty()) {
                double best = docs.getFirst().score();
                for (ScoredOccupation d : docs) {
                    double vote = weights.occupationDocument() * Math.pow(d.score() / best, weights.sharpness());
                    scores.merge(d.uri(), vote, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(e -> new ScoredOccupation(e.getKey(), e.getValue())).toList();
    }

    /** The same indexes with other weights (for tuning); {@code depth} may differ. */
    public EvidenceTitleResolver withWeights(EvidenceWeights other) {
        return new EvidenceTitleResolver(this, other);
    }

    private EvidenceTitleResolver(EvidenceTitleResolver base, EvidenceWeights weights) {
        this.uris = base.uris;
        this.titles = base.titles;
        this.labels = base.labels;
        this.evidenceCount = base.evidenceCount;
        this.weights = weights;
    }
}
