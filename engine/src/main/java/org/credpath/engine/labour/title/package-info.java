/**
 * Free-text job title -> ESCO occupation. {@link org.credpath.engine.labour.title.LabelIndex} is a
 * small in-memory Lucene BM25 index of short texts; the resolvers behind
 * {@link org.credpath.engine.labour.title.TitleResolver} are an exact-label baseline, plain BM25 over
 * each occupation's ESCO labels, and {@link org.credpath.engine.labour.title.EvidenceTitleResolver},
 * which lets every known title (ESCO labels, O*NET alternate and reported titles through the
 * crosswalk, JobBERT training vacancy titles) vote for its occupation. The product's resolver,
 * {@link org.credpath.engine.labour.title.FusedTitleResolver}, reads a title as given, with
 * abbreviations and slang expanded ({@link org.credpath.engine.labour.title.TitleAbbreviations}) and
 * spelling-corrected ({@link org.credpath.engine.labour.title.TitleSpelling}), ranks occupations for
 * each reading with the evidence resolver, the sentence encoder
 * ({@link org.credpath.engine.labour.title.EncoderTitleIndex}) and exact labels, and fuses the lists
 * by weighted reciprocal rank ({@link org.credpath.engine.labour.title.FusionWeights}) with a
 * confidence. {@link org.credpath.engine.labour.title.TitleEvaluation} measures top-1, top-3,
 * top-10 and MRR; {@link org.credpath.engine.labour.title.MessyTitle} is the hand-judged messy set.
 */
package org.credpath.engine.labour.title;
