/**
 * ESCO v1.1.1 (European Skills, Competences, Qualifications and Occupations): occupation and skill
 * records, occupation-to-skill links, and the skill hierarchy, read from the shipped CSV files by
 * {@link org.credpath.engine.labour.esco.EscoLoader} into one {@link org.credpath.engine.labour.esco.Esco}
 * holder. ESCO is published by the European Commission under a CC BY 4.0-style licence.
 */
package org.credpath.engine.labour.esco;
