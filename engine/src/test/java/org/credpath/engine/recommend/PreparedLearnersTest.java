package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;

/** The prepared-learner memo: by value, a changed learner prepares afresh, failures are not kept, bounded. */
class PreparedLearnersTest {

    private static Learner learner(String id, String target) {
        return new Learner(id, List.of(), List.of("SQL"), "data entry clerk", target, null, 6.0, null, null);
    }

    private final AtomicInteger prepared = new AtomicInteger();
    private final PreparedLearners memo = new PreparedLearners(l -> {
        if ("nowhere".equals(l.targetOccupation())) {
            throw new IllegalArgumentException("targetOccupation: no occupation matches 'nowhere'");
        }
        prepared.incrementAndGet();
        return new LearnerView(new org.credpath.engine.plan.PathwayService.Prepared(l, null, null, List.of(), null, null,
                List.of(), List.of(), null, List.of()), Map.of(l.targetOccupation(), 1.0), Set.of());
    });

    @Test
    void sameValueIsPreparedOnceAChangedLearnerAgain() {
        LearnerView a = memo.view(learner("l-1", "data analyst"));
        assertThat(memo.view(learner("l-1", "data analyst"))).isSameAs(a);
        assertThat(prepared.get()).isEqualTo(1);
        LearnerView b = memo.view(learner("l-1", "web developer"));
        assertThat(b.gapWeights()).containsOnlyKeys("web developer");
        assertThat(prepared.get()).isEqualTo(2);
    }

    @Test
    void failuresAreNotRememberedAndTheMemoIsBounded() {
        assertThatThrownBy(() -> memo.view(learner("l-2", "nowhere"))).hasMessageContaining("nowhere");
        assertThat(memo.size()).isZero();
        for (int i = 0; i < PreparedLearners.MAX_ENTRIES + 5; i++) {
            memo.view(learner("l-" + i, "data analyst"));
        }
        assertThat(memo.size()).isBetween(1L, (long) PreparedLearners.MAX_ENTRIES);
    }
}
