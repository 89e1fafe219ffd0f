/**
 * Benchmarks of the catalogue index on synthetic catalogues resampled from the real one
 * ({@link org.credpath.engine.bench.CatalogResampler}): indexing throughput and BM25 / KNN / hybrid
 * query latency percentiles, with the process's resident memory. Numbers are for reports only;
 * no test asserts on time.
 */
package org.credpath.engine.bench;
