/** A pathway as a CTDL Pathway, a printable HTML page and an iCalendar (RFC 5545) study plan. */
package org.credpath.engine.formats.pathway;
