package org.credpath.engine.text;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * bge-small-en-v1.5 (quantised ONNX, 384 dimensions, 12 layers): the encoder of credential relevance
 * (credential texts, goal occupations and learner interests), chosen over all-MiniLM-L6-v2 on the
 * judged development half (docs/ranking.md). Texts are encoded as they are, without a query
 * instruction: the product compares an occupation's description, an interest and a credential's
 * description symmetrically. {@link #shared()} keeps one per JVM.
 */
public final class BgeSmallEncoder {

    /** The model and the artifact version that ships it. */
    public static final String ID = "bge-small-en-v1.5-q@1.11.0-beta19";

    private BgeSmallEncoder() {
    }

    private static final class Holder {
        static final OnnxEncoder INSTANCE = new OnnxEncoder(ID, 384, new BgeSmallEnV15QuantizedEmbeddingModel());
    }

    /** The JVM's one bge-small encoder, loaded on first use. */
    public static TextEncoder shared() {
        return Holder.INSTANCE;
    }
}
