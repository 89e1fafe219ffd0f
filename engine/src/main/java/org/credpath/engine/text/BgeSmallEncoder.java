package org.credpath.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.credpath.engine.data.Lazy;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import tools.jackson.databind.json.JsonMapper;

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

    /** The model's weights and tokenizer, resources of the artifact that ships it. */
    static final String ONNX = "bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private static final Lazy<StaticEncoder.Source> SOURCE = new Lazy<>(BgeSmallEncoder::describe);

    /** The weights file's bytes (for distilling a static encoder). */
    public static byte[] onnxBytes() {
        return resource(ONNX);
    }

    /** The model's {@code tokenizer.json} bytes (WordPiece, 30,522 tokens). */
    public static byte[] tokenizerJson() {
        return resource(TOKENIZER);
    }

    /** This build's bge-small as the source of a static encoder: its id, weights checksum and vocabulary size. */
    public static StaticEncoder.Source source() {
        return SOURCE.get();
    }

    private static StaticEncoder.Source describe() {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(onnxBytes()));
            int vocab = JsonMapper.builder().build().readTree(tokenizerJson()).path("model").path("vocab").size();
            return new StaticEncoder.Source(ID, sha, vocab);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bge-small: resource " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("bge-small: cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The JVM's one bge-small encoder, loaded on first use. */
    public static TextEncoder shared() {
        return Holder.INSTANCE;
    }
}
