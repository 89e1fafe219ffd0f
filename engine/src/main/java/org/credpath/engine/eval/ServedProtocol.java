package org.credpath.engine.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.credpath.engine.learner.Learner;
import org.credpath.engine.recommend.RecommendRequest;
import org.credpath.engine.recommend.Recommender;

/**
 * The served protocol: each held-out learner, holding what they enrolled in before the hidden
 * enrol, asks the very {@link Recommender} the API and {@code credpath recommend} use (hybrid
 * retrieval of its candidates, the held, budget and delivery filters, the model's order) for
 * {@code k} items; the hidden credential is the one relevant item. A hidden credential the
 * pipeline never retrieves or filters out counts as a miss, as it would for the learner. A learner
 * the recommender refuses (nothing resolvable) gets an empty list and is counted.
 */
public final class ServedProtocol {

    private final int k;
    private final Consumer<String> progress;

    /** @param k items asked for per learner (the ranking's depth: MRR counts ranks up to {@code k}) */
    public ServedProtocol(int k, Consumer<String> progress) {
        this.k = k;
        this.progress = progress;
    }

    public ServedReport run(EvalData data, HoldOut split, Map<String, Recommender> recommenders, EvalOptions options) {
        Map<String, ServedReport.Row> rows = new LinkedHashMap<>();
        for (Map.Entry<String, Recommender> r : recommenders.entrySet()) {
            rows.put(r.getKey(), run(data, split, r.getKey(), r.getValue(), options));
        }
        return new ServedReport(split.cases().size(), k, rows);
    }

    private ServedReport.Row run(EvalData data, HoldOut split, String name, Recommender recommender,
            EvalOptions options) {
        MetricAccumulator acc = new MetricAccumulator();
        int empty = 0;
        int refused = 0;
        int done = 0;
        for (HoldOut.Case c : split.cases()) {
            Learner learner = asOfHiddenEnrol(data.learners().get(c.learnerId()), c);
            List<String> ranked;
            try {
                ranked = recommender.recommend(learner, RecommendRequest.top(k)).items().stream()
                        .map(i -> i.credentialId()).toList();
            } catch (IllegalArgumentException e) {
                refused++;
                ranked = List.of();
            }
            if (ranked.isEmpty()) {
                empty++;
            }
            acc.add(ranked, Set.of(c.hiddenCredentialId()));
            if (++done % 250 == 0) {
                progress.accept("served " + name + ": " + done + "/" + split.cases().size() + " learners");
            }
        }
        return new ServedReport.Row(acc.summary(data.catalogue().size(), options.resamples(), options.seed()), empty,
                refused);
    }

    /** The learner as at the hidden enrol: the credentials enrolled in before it count as held. */
    static Learner asOfHiddenEnrol(Learner l, HoldOut.Case c) {
        Set<String> held = new LinkedHashSet<>(l.heldCredentials());
        held.addAll(c.enrolledBefore());
        held.remove(c.hiddenCredentialId());
        return l.withHeldCredentials(List.copyOf(held));
    }
}
