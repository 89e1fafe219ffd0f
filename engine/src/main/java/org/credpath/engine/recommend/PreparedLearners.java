package org.credpath.engine.recommend;

import java.util.Objects;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;

import org.credpath.engine.cache.NamedCaches;
import org.credpath.engine.learner.Learner;

/**
 * Learners prepared for recommendation (occupations resolved, skill state with prior learning,
 * gap, prior-learning candidates), remembered by the learner's value. Preparation reads only
 * what a server never changes (labour market, shipped planning catalogue, skill-premium model),
 * so the same learner always prepares to the same view; a changed learner (e.g. after a
 * {@code PUT /v1/learners/{id}}) is a different key and is prepared afresh. A learner whose
 * preparation fails (unknown occupation) is not remembered. At most {@value #MAX_ENTRIES} learners
 * are kept (a bounded Caffeine cache).
 */
final class PreparedLearners {

    static final int MAX_ENTRIES = 1024;

    private final Function<Learner, LearnerView> prepare;
    private final Cache<Learner, LearnerView> memo = NamedCaches.build("prepared-learners", MAX_ENTRIES);

    PreparedLearners(Function<Learner, LearnerView> prepare) {
        this.prepare = Objects.requireNonNull(prepare, "prepare");
    }

    LearnerView view(Learner learner) {
        return memo.get(learner, prepare);
    }

    long size() {
        memo.cleanUp();
        return memo.estimatedSize();
    }
}
