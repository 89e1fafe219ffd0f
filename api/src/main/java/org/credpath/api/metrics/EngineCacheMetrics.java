package org.credpath.api.metrics;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

import org.credpath.engine.cache.NamedCaches;

import com.github.benmanes.caffeine.cache.Cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Publishes the engine's {@link NamedCaches} through Micrometer's {@link CaffeineCacheMetrics}
 * ({@code cache_gets_total{cache,result}}, {@code cache_size}, {@code cache_evictions_total}, ...).
 * Checked before every scrape: a cache built since (a reloaded model's feature extractor) replaces
 * the meters of the one it succeeds under the same name.
 */
final class EngineCacheMetrics {
    private final MeterRegistry registry;
    private final Map<String, WeakReference<Cache<?, ?>>> bound = new HashMap<>();

    EngineCacheMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    synchronized void refresh() {
        NamedCaches.current().forEach((name, cache) -> {
            WeakReference<Cache<?, ?>> b = bound.get(name);
            if (b != null && b.get() == cache) {
                return;
            }
            if (b != null) {
                registry.getMeters().stream().filter(m -> name.equals(m.getId().getTag("cache"))).toList()
                        .forEach(registry::remove);
            }
            CaffeineCacheMetrics.monitor(registry, cache, name);
            bound.put(name, new WeakReference<>(cache));
        });
    }
}
