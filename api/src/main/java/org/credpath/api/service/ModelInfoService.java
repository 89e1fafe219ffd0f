package org.credpath.api.service;

import java.util.Optional;

/** Which model is serving (empty when none is loaded). */
public interface ModelInfoService {
    Optional<ModelInfo> current();
}
