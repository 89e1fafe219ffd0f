/**
 * {@code credpath bench http}: the API under load (loopback only), driven by JDK {@code HttpClient}
 * threads in the same JVM or by Debian's {@code wrk} as an external process ({@code WrkLoad}), with
 * the bare BM25 retrieval latency on the same index as the yardstick; and {@code --compare}, which
 * measures what a cheaper {@link org.credpath.engine.recommend.RecommenderOptions} setting changes in the
 * answers ({@code OptionsComparison}); {@code credpath bench soak}: mixed traffic at a share of the
 * measured capacity for minutes, open loop ({@code SoakLoad}, {@code SoakMix}), counting failures,
 * 5xx, latency per interval and heap growth. See {@code docs/api.md} for figures.
 */
package org.credpath.api.bench;
