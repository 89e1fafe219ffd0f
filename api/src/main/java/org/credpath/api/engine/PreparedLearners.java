package org.credpath.api.engine;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.credpath.engine.learner.Learner;

/**
 * Learners prepared for recommendation (occupations resolved, skill state with prior learning,
 * gap, prior-learning candidates), remembered by the learner's value. Preparation reads only
 * what a server never changes (labour market, shipped planning catalogue, skill-premium model),
 * so the same learner always prepares to the same view; a changed learner (e.g. after a
 * {@code PUT /v1/learners/{id}}) is a different key and is prepared afresh. A learner whose
 * preparation fails (unknown occupation) is not remembered. At most {@value #MAX_ENTRIES} learners
 * are kept; when full, the memo starts again empty.
 */
final class PreparedLearners {

    static final int MAX_ENTRIES = 1024;

    private final Function<Learner, LearnerView> prepare;
    private final Map<Learner, LearnerView> memo = new ConcurrentHashMap<>();

    PreparedLearners(Function<Learner, LearnerView> prepare) {
        this.prepare = Objects.requireNonNull(prepare, "prepare");
    }

    LearnerView view(Learner learner) {
        LearnerView v = memo.get(learner);
        if (v == null) {
            v = prepare.apply(learner);
            if (memo.size() >= MAX_ENTRIES) {
                memo.clear();
            }
            memo.put(learner, v);
        }
        return v;
    }

    int size() {
        return memo.size();
    }
}
