/**
 * {@code credpath bench http}: the API under load in-process (loopback only), with the bare BM25
 * retrieval latency on the same index as the yardstick; see {@code docs/api.md} for figures.
 */
package org.credpath.api.bench;
