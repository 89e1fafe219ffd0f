package org.credpath.api.engine;

import java.util.Objects;
import java.util.Optional;

import org.credpath.api.service.ModelInfo;
import org.credpath.api.service.ModelInfoService;
import org.credpath.engine.recommend.ModelHolder;

/** {@link ModelInfoService} over the engine's swappable serving model ({@link ModelHolder}). */
public final class ServedModel implements ModelInfoService {

    private final ModelHolder holder;

    public ServedModel(ModelHolder holder) {
        this.holder = Objects.requireNonNull(holder, "holder");
    }

    @Override
    public Optional<ModelInfo> current() {
        return holder.current().map(ServedModel::info);
    }

    @Override
    public ModelInfo reload(String source) {
        return info(holder.reload(source));
    }

    static ModelInfo info(org.credpath.engine.recommend.ModelInfo m) {
        return new ModelInfo(m.id(), m.version(), m.provenance(), m.metrics());
    }
}
