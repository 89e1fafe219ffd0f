/**
 * The catalogue index wired to Credpath's shipped knowledge: ESCO skills inferred for credentials
 * that come without them, skill labels indexed as text and skill-embedding vectors for KNN; the
 * index is rebuilt from the catalogue when its folder holds none.
 */
package org.credpath.engine.index.bundled;
