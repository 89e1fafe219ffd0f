/**
 * Text understanding: a sentence encoder behind {@link org.credpath.engine.text.TextEncoder}
 * ({@link org.credpath.engine.text.OnnxEncoder}, in-process and offline: all-MiniLM-L6-v2 for job titles,
 * {@link org.credpath.engine.text.MiniLmEncoder}; bge-small-en-v1.5 for credential relevance,
 * {@link org.credpath.engine.text.BgeSmallEncoder}; a static encoder distilled from bge-small,
 * {@link org.credpath.engine.text.StaticEncoder}, made by {@link org.credpath.engine.text.StaticDistiller}), the texts Credpath encodes for credentials and occupations
 * ({@code text.semantic.EncoderTexts}), and an on-disk cache of encoded texts with
 * provenance that is rebuilt when the texts or the encoder change
 * ({@link org.credpath.engine.text.VectorCache}).
 *
 * <p>Vectors are unit length, so a dot product is the cosine similarity.
 */
package org.credpath.engine.text;
