/**
 * Prometheus metrics through Micrometer: request latency per route, and gauges the application
 * binds to the serving model and index ({@link org.credpath.api.metrics.ApiMetrics}).
 */
package org.credpath.api.metrics;
