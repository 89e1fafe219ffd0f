/**
 * The catalogue index: credentials in Apache Lucene, retrieved by BM25 text relevance, by HNSW
 * nearest neighbours of their skill-embedding vectors, or by both fused with reciprocal rank fusion,
 * always under the same filters (type, level, delivery, hours, cost, provider, language).
 *
 * <p>{@link org.credpath.engine.index.CandidateRetriever} is the seam other stages call;
 * {@link org.credpath.engine.index.CatalogIndex} implements it over an on-disk index with
 * near-real-time add/update/delete and durable commits. User queries are always treated as plain
 * text ({@link org.credpath.engine.index.QueryText}): Lucene syntax is never interpreted.
 *
 * <p>Searches run their parts side by side on {@link org.credpath.engine.index.SearchThreads}
 * (the BM25 and KNN halves of a hybrid query, slices of a large index) unless
 * {@link org.credpath.engine.index.IndexSettings#parallelSearch()} is off; results are the same either way.
 */
package org.credpath.engine.index;
