package org.credpath.engine.cache;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Bounded Caffeine caches that record hit/miss/eviction statistics under a name, so that an
 * application can publish them (the API binds them to Micrometer) without the engine depending on
 * a metrics library. The registry holds weak references: a cache lives as long as its owner. When
 * two live caches share a name (a reloaded model builds a new feature extractor), the one built
 * last is the one listed.
 */
public final class NamedCaches {
    private static final ConcurrentMap<String, WeakReference<Cache<?, ?>>> CACHES = new ConcurrentHashMap<>();

    private NamedCaches() {
    }

    /** A new cache of at most {@code maximumSize} entries, with statistics, listed under {@code name}. */
    public static <K, V> Cache<K, V> build(String name, long maximumSize) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: required");
        }
        Cache<K, V> cache = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
        CACHES.put(name, new WeakReference<>(cache));
        return cache;
    }

    /** The live caches by name (sorted). */
    public static Map<String, Cache<?, ?>> current() {
        Map<String, Cache<?, ?>> out = new TreeMap<>();
        CACHES.forEach((name, ref) -> {
            Cache<?, ?> c = ref.get();
            if (c != null) {
                out.put(name, c);
            }
        });
        return out;
    }
}
