package org.credpath.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void computesOnceOnFirstUseWhateverTheNumberOfThreads() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> {
            calls.incrementAndGet();
            return new Object();
        });
        assertThat(calls).hasValue(0);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(lazy.get());
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(calls).hasValue(1);
        assertThat(seen).hasSize(8).allSatisfy(v -> assertThat(v).isSameAs(seen.getFirst()));
    }

    @Test
    void aNullValueIsRefusedAndAskedForAgain() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> calls.incrementAndGet() == 1 ? null : "second");
        assertThatThrownBy(lazy::get).hasMessageContaining("null");
        assertThat(lazy.get()).isEqualTo("second");
    }
}
