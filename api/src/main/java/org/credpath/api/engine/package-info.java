/**
 * Adapters that bind the engine to the API's service seams ({@code org.credpath.api.service}):
 * occupations and skills over the {@link org.credpath.engine.labour.LabourMarket}, the catalogue over
 * the Lucene {@link org.credpath.engine.index.CatalogIndex}, pathways over the engine's planner,
 * recommendations over retrieval and the serving model, and the swappable serving model itself.
 * {@link org.credpath.api.engine.EngineServices} loads them once at {@code serve} start. Work that
 * does not depend on the request is remembered without changing answers: prepared learners by value
 * ({@code PreparedLearners}).
 */
package org.credpath.api.engine;
