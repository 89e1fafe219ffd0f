package org.credpath.engine.text;

import java.util.Objects;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * A sentence encoder run in-process by ONNX Runtime through a langchain4j embedding model whose weights
 * ship inside its Maven artifact, so nothing is downloaded at run time. Vectors are scaled to unit
 * length; texts longer than the model's 510 tokens are split and their vectors averaged by the library.
 */
public final class OnnxEncoder implements TextEncoder {

    private final String id;
    private final int dimensions;
    private final EmbeddingModel model;

    /** @param id names the model and the artifact version that ships it (caches are keyed by it) */
    OnnxEncoder(String id, int dimensions, EmbeddingModel model) {
        this.id = Objects.requireNonNull(id, "id");
        this.dimensions = dimensions;
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] encode(String text) {
        if (text == null || text.isBlank()) {
            return new float[dimensions];
        }
        return normalise(model.embed(text).content().vector());
    }

    static float[] normalise(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n == 0) {
            return v;
        }
        float inv = (float) (1.0 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
