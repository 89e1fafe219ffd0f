/**
 * Feedback events ({@link org.credpath.engine.events.Event}): impressions, clicks, enrolments,
 * completions and dismissals, read from and written to JSONL. They feed training and evaluation.
 */
package org.credpath.engine.events;
