package org.credpath.api.engine;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.credpath.engine.returns.CompletionFeatures;
import org.credpath.engine.returns.CompletionModel;

/**
 * A completion model that remembers its answers by input. At serving the model sees only the
 * learner's hours per week and number of held credentials (the credential's own columns are
 * {@code CredentialProfile.UNKNOWN}; level and length are odds adjustments applied after it), so a
 * request's 200 candidates share one input and the trees run once instead of 200 times. The
 * answers are exactly the wrapped model's. At most {@value #MAX_ENTRIES} inputs are kept; when
 * full, the memo starts again empty (inputs are few: hours per week x held credentials).
 */
final class MemoCompletionModel implements CompletionModel {

    static final int MAX_ENTRIES = 4096;

    private final CompletionModel model;
    private final Map<CompletionFeatures, Double> memo = new ConcurrentHashMap<>();

    MemoCompletionModel(CompletionModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public double probability(CompletionFeatures features) {
        Double p = memo.get(features);
        if (p == null) {
            p = model.probability(features);
            if (memo.size() >= MAX_ENTRIES) {
                memo.clear();
            }
            memo.put(features, p);
        }
        return p;
    }

    int size() {
        return memo.size();
    }
}
