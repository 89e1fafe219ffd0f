/**
 * The seams between the HTTP API and the engine: small interfaces the application binds to engine
 * implementations ({@link org.credpath.api.service.CatalogService},
 * {@link org.credpath.api.service.OccupationService},
 * {@link org.credpath.api.service.RecommendationService},
 * {@link org.credpath.api.service.PathwayService}, {@link org.credpath.api.service.ModelInfoService}),
 * with the records they exchange. An unbound service makes its routes answer 503; the server
 * never invents answers.
 */
package org.credpath.api.service;
