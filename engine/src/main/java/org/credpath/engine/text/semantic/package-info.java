/**
 * The sentence encoder applied to Credpath's own texts: what is encoded for a credential and an
 * occupation ({@link org.credpath.engine.text.semantic.EncoderTexts}) and the cosine of each
 * credential to a learner's goal occupation
 * ({@link org.credpath.engine.text.semantic.SemanticRelevance}). Kept apart from the encoder itself
 * (package {@code text}) so that the labour market's title resolver can use the encoder without a
 * cycle.
 */
package org.credpath.engine.text.semantic;
