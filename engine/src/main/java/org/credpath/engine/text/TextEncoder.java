package org.credpath.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a piece of text into a unit-length vector, so that texts with similar meaning have a high
 * dot product. Implementations are thread-safe.
 */
public interface TextEncoder {

    /** Names the model and its version; a cache written by another id is not reused. */
    String id();

    int dimensions();

    /** The unit-length vector of {@code text} (an empty or blank text gives a zero vector). */
    float[] encode(String text);

    /** Encodes every text, in order. */
    default List<float[]> encodeAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(encode(t));
        }
        return out;
    }

    /** Dot product of two vectors of equal length (the cosine for unit vectors). */
    static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vector lengths differ: " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
