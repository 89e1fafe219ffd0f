/** CSV with a column mapping -> credentials: {@link org.credpath.engine.formats.csv.CsvCredentialReader}. */
package org.credpath.engine.formats.csv;
