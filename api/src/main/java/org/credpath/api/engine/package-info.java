/**
 * Adapters that bind the engine to the API's service seams ({@code org.credpath.api.service}):
 * occupations and skills over the {@link org.credpath.engine.labour.LabourMarket}, the catalogue
 * with per-tenant additions over the engine's Lucene index ({@link org.credpath.api.engine.IndexedCatalog},
 * also the recommender's candidate source), pathways over the engine's planner, and recommendations
 * and the serving model over the engine's {@link org.credpath.engine.recommend.Recommender} and
 * {@link org.credpath.engine.recommend.ModelHolder}. No ranking happens here.
 * {@link org.credpath.api.engine.EngineServices} loads them once at {@code serve} start.
 */
package org.credpath.api.engine;
