package org.credpath.engine.text;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions) run in-process by ONNX Runtime; the model
 * ships inside its Maven artifact, so nothing is downloaded at run time. Loading takes about a
 * second, so {@link #shared()} keeps one per JVM. Texts longer than the model's 510 tokens are
 * split and their vectors averaged by the library.
 */
public final class MiniLmEncoder implements TextEncoder {

    /** The model and the artifact version that ships it. */
    public static final String ID = "all-MiniLM-L6-v2-q@1.19.0-beta29";
    private static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEncoder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private static final class Holder {
        static final MiniLmEncoder INSTANCE = new MiniLmEncoder();
    }

    /** The JVM's one encoder, loaded on first use. */
    public static MiniLmEncoder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] encode(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSIONS];
        }
        float[] v = model.embed(text).content().vector();
        return normalise(v);
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
