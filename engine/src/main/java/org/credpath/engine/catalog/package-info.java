/**
 * The credential catalogue and the exchange formats (docs/formats.md).
 *
 * <ul>
 *   <li>{@link org.credpath.engine.catalog.Credential} and its vocabularies
 *       ({@link org.credpath.engine.catalog.CredentialType}, {@link org.credpath.engine.catalog.Level},
 *       {@link org.credpath.engine.catalog.Delivery});</li>
 *   <li>{@link org.credpath.engine.catalog.ExchangeJson}: the one Jackson configuration;</li>
 *   <li>{@link org.credpath.engine.catalog.ExchangeReader}: JSON array / object / JSONL readers with a
 *       lenient {@link org.credpath.engine.catalog.ReadMode#FILE} mode and an all-or-nothing
 *       {@link org.credpath.engine.catalog.ReadMode#STRICT} mode, reporting
 *       {@link org.credpath.engine.catalog.ReadIssue}s with file, line, record index and field;</li>
 *   <li>{@link org.credpath.engine.catalog.JsonlWriter}: atomic JSONL writes;</li>
 *   <li>{@code catalog.bundled}: the shipped Coursera and edX listings normalised into credentials.</li>
 * </ul>
 */
package org.credpath.engine.catalog;
