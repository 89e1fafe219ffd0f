package org.credpath.engine.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LoggingPolicyTest {

    private static final List<Integer> AVAILABLE = IntStream.range(0, 100).boxed().toList();

    /** Item i has relevance i, far above the logger's 0.3 noise, so the heuristic order is 99, 98, ... */
    private static double relevance(int i) {
        return i;
    }

    @Test
    void rankedShowsTheTopInOrderPlusExplorationSlots() {
        List<Integer> shown = LoggingPolicy.RANKED.shown(AVAILABLE, LoggingPolicyTest::relevance, 10,
                new SplittableRandom(5));
        assertThat(shown).hasSize(10).doesNotHaveDuplicates();
        List<Integer> top = shown.stream().filter(i -> i >= 92).toList();
        assertThat(top).containsExactly(99, 98, 97, 96, 95, 94, 93, 92);
        assertThat(shown.stream().filter(i -> i < 92)).hasSize(LoggingPolicy.EXPLORE);
    }

    @Test
    void mixedShowsHalfTopHalfRandom() {
        List<Integer> shown = LoggingPolicy.MIXED.shown(AVAILABLE, LoggingPolicyTest::relevance, 10,
                new SplittableRandom(5));
        assertThat(shown).hasSize(10).doesNotHaveDuplicates().contains(99, 98, 97, 96, 95);
        assertThat(shown.stream().filter(i -> i < 95)).hasSize(5);
    }

    @Test
    void sameSeedSameList() {
        assertThat(LoggingPolicy.RANKED.shown(AVAILABLE, i -> 0, 10, new SplittableRandom(3)))
                .isEqualTo(LoggingPolicy.RANKED.shown(AVAILABLE, i -> 0, 10, new SplittableRandom(3)));
    }

    @Test
    void unknownNameIsRefusedWithTheValue() {
        assertThat(LoggingPolicy.named("Ranked")).isEqualTo(LoggingPolicy.RANKED);
        assertThatThrownBy(() -> LoggingPolicy.named("greedy")).hasMessageContaining("'greedy'");
    }
}
