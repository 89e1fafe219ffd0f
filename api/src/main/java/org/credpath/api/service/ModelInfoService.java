package org.credpath.api.service;

import java.util.Optional;

/** Which model is serving (empty when none is loaded). */
public interface ModelInfoService {
    Optional<ModelInfo> current();

    /**
     * Loads the model at {@code source} (a model folder, or a built-in model's name) and swaps it in
     * atomically; requests in flight finish on the old model.
     *
     * @throws IllegalArgumentException      when the source cannot be loaded (the current model stays)
     * @throws UnsupportedOperationException when this server cannot reload its model
     */
    default ModelInfo reload(String source) {
        throw new UnsupportedOperationException("this server's model cannot be reloaded");
    }
}
