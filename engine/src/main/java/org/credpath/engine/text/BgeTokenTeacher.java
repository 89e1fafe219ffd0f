package org.credpath.engine.text;

import java.nio.LongBuffer;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * bge-small-en-v1.5 (this build's ONNX weights) as the {@link StaticDistiller.Teacher}: each token id is run alone
 * as {@code [CLS] token [SEP]} and pooled as the model pools a sentence (the {@code [CLS]} output). Call
 * {@link #close()} when done.
 */
public final class BgeTokenTeacher implements StaticDistiller.Teacher, AutoCloseable {

    static final long CLS = 101;
    static final long SEP = 102;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final int vocab;

    /** @param threads ONNX Runtime intra-op threads */
    public BgeTokenTeacher(int threads) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            this.session = env.createSession(BgeSmallEncoder.onnxBytes(), options);
        } catch (OrtException e) {
            throw new IllegalStateException("bge-small: cannot start ONNX Runtime: " + e.getMessage(), e);
        }
        this.vocab = BgeSmallEncoder.source().vocab();
    }

    @Override
    public int vocab() {
        return vocab;
    }

    @Override
    public int dims() {
        return 384;
    }

    @Override
    public float[][] tokenVectors(int[] ids) {
        int n = ids.length;
        long[] input = new long[n * 3];
        long[] ones = new long[n * 3];
        for (int i = 0; i < n; i++) {
            input[3 * i] = CLS;
            input[3 * i + 1] = ids[i];
            input[3 * i + 2] = SEP;
        }
        java.util.Arrays.fill(ones, 1);
        long[] shape = {n, 3};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(input), shape);
             OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape);
             OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n * 3]), shape);
             OrtSession.Result result = session.run(inputs(inputIds, mask, types))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] out = new float[n][];
            for (int i = 0; i < n; i++) {
                out[i] = hidden[i][0];
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("bge-small: cannot encode tokens: " + e.getMessage(), e);
        }
    }

    /** The inputs this model declares (quantised exports may drop {@code token_type_ids}). */
    private Map<String, OnnxTensor> inputs(OnnxTensor ids, OnnxTensor mask, OnnxTensor types) {
        Map<String, OnnxTensor> all = Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types);
        Map<String, OnnxTensor> out = new java.util.HashMap<>();
        for (String name : session.getInputNames()) {
            if (!all.containsKey(name)) {
                throw new IllegalStateException("bge-small: unexpected model input " + name);
            }
            out.put(name, all.get(name));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("bge-small: cannot close the ONNX session: " + e.getMessage(), e);
        }
    }
}
