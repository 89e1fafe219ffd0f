package org.credpath.engine.recommend;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;


/**
 * The serving model behind an {@link AtomicReference}: a request reads it once and keeps that
 * instance to the end, so a reload never changes a model under a request in flight; the old model
 * is dropped when the last request using it finishes. Loading happens before the swap: a model
 * that fails to load leaves the current one serving.
 */
public final class ModelHolder {

    private final AtomicReference<ServingModel> current;
    private final Function<String, ServingModel> loader;

    /**
     * @param initial the model serving at start
     * @param loader  loads a model from a source (a model folder, or a built-in model's name)
     */
    public ModelHolder(ServingModel initial, Function<String, ServingModel> loader) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The model to use for one whole request. */
    public ServingModel model() {
        return current.get();
    }

    /** The serving model's identity. */
    public Optional<ModelInfo> current() {
        return Optional.of(current.get().info());
    }

    /**
     * Loads the model at {@code source} and swaps it in; requests in flight finish on the old one.
     *
     * @throws IllegalArgumentException when the source cannot be loaded (the current model stays)
     */
    public ModelInfo reload(String source) {
        ServingModel next = loader.apply(source);
        current.set(next);
        return next.info();
    }
}
