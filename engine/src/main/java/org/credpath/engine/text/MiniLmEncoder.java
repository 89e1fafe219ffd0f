package org.credpath.engine.text;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions, 6 layers): the encoder of job titles and
 * occupation labels (the title resolver was tuned with it; docs/labour-market.md). Loading takes
 * about a second, so {@link #shared()} keeps one per JVM.
 */
public final class MiniLmEncoder {

    /** The model and the artifact version that ships it. */
    public static final String ID = "all-MiniLM-L6-v2-q@1.19.0-beta29";

    private MiniLmEncoder() {
    }

    private static final class Holder {
        static final OnnxEncoder INSTANCE = new OnnxEncoder(ID, 384, new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    /** The JVM's one MiniLM encoder, loaded on first use. */
    public static TextEncoder shared() {
        return Holder.INSTANCE;
    }
}
