package org.credpath.engine.data;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use, once, by whichever thread asks first; later calls return it without
 * locking. For parts that a start may never need (a dictionary rebuilt only when tagging, a sample of
 * goal vectors used only by an option).
 *
 * @param <T> the value's type (never null)
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> compute;
    private volatile T value;

    public Lazy(Supplier<? extends T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get(), "a lazy value computed null");
                    value = v;
                }
            }
        }
        return v;
    }
}
