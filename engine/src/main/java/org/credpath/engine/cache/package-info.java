/** Named, statistics-recording caches shared by the engine and published by the application ({@link org.credpath.engine.cache.NamedCaches}). */
package org.credpath.engine.cache;
