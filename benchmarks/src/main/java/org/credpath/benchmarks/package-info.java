/**
 * JMH micro-benchmarks of the engine's serving paths (not tests; nothing here runs in
 * {@code ./mvnw verify}). Run them with {@code benchmarks/run-jmh}; figures and the exact
 * commands live in {@code docs/ranking.md}.
 */
package org.credpath.benchmarks;
