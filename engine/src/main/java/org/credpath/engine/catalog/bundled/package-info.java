/**
 * The shipped catalogue: the real Coursera 2023 and edX 2021 listings normalised into credentials
 * ({@link org.credpath.engine.catalog.bundled.BundledCatalog#load}). Duration and price texts are
 * parsed by {@link org.credpath.engine.catalog.bundled.DurationText} and
 * {@link org.credpath.engine.catalog.bundled.PriceText}; the Coursera stacking ladder is derived by
 * {@link org.credpath.engine.catalog.bundled.StackingLadder}. Rules and measured coverage:
 * {@code docs/catalog.md}.
 */
package org.credpath.engine.catalog.bundled;
