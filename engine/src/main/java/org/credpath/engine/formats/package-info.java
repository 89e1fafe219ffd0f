/**
 * Formats of the credential world (docs/formats.md): importing credentials from CTDL JSON-LD
 * ({@code ctdl}) and CSV with a column mapping ({@code csv}), all or nothing; exporting a pathway
 * as a CTDL Pathway, a printable HTML page and an iCalendar study plan ({@code pathway}).
 */
package org.credpath.engine.formats;
