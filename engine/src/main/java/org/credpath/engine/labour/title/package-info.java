/**
 * Free-text job title -> ESCO occupation. {@link org.credpath.engine.labour.title.LabelIndex} is a
 * small in-memory Lucene BM25 index of short texts; the resolvers behind
 * {@link org.credpath.engine.labour.title.TitleResolver} are an exact-label baseline, plain BM25 over
 * each occupation's ESCO labels, and {@link org.credpath.engine.labour.title.EvidenceTitleResolver},
 * which lets every known title (ESCO labels, O*NET alternate and reported titles through the
 * crosswalk, JobBERT training vacancy titles) vote for its occupation.
 * {@link org.credpath.engine.labour.title.TitleEvaluation} measures top-1, top-10 and MRR.
 */
package org.credpath.engine.labour.title;
