package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.junit.jupiter.api.Test;

/** The atomic swap: a request keeps the model it started with; a failed load changes nothing. */
class ModelHolderTest {

    /** A model that answers its own number and can be held inside {@code score} until released. */
    static final class Fixed implements ServingModel {
        final String id;
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Fixed(String id) {
            this.id = id;
        }

        @Override
        public ModelInfo info() {
            return new ModelInfo(id, "1", ExchangeJson.mapper().createObjectNode().put("model", id), null);
        }

        @Override
        public double[] score(LearnerView learner, List<Credential> candidates) {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new double[] {id.equals("old") ? 1 : 2};
        }
    }

    @Test
    void inFlightRequestFinishesOnTheOldModelWhileNewRequestsGetTheNewOne() throws Exception {
        Fixed old = new Fixed("old");
        Fixed next = new Fixed("new");
        next.release.countDown();
        ModelHolder holder = new ModelHolder(old, source -> {
            if (!source.equals("new")) {
                throw new IllegalArgumentException("no model " + source);
            }
            return next;
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<double[]> inFlight = pool.submit(() -> holder.model().score(null, List.of()));
            assertThat(old.entered.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(holder.reload("new").id()).isEqualTo("new");
            assertThat(holder.current().orElseThrow().id()).isEqualTo("new");
            assertThat(holder.model().score(null, List.of())).containsExactly(2);

            old.release.countDown();
            assertThat(inFlight.get(10, TimeUnit.SECONDS)).containsExactly(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aModelThatFailsToLoadLeavesTheCurrentOneServing() {
        ModelHolder holder = new ModelHolder(new Fixed("old"), source -> {
            throw new IllegalArgumentException("model " + source + ": no provenance.json");
        });
        assertThatThrownBy(() -> holder.reload("models/broken")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("models/broken");
        assertThat(holder.current().orElseThrow().id()).isEqualTo("old");
    }
}
