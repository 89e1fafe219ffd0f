/**
 * Persistence: an embedded SQLite file database by default (WAL, {@code synchronous=FULL}, one process
 * at a time), PostgreSQL by JDBC URL, a HikariCP pool and Flyway migrations per dialect
 * ({@code db/migration/sqlite}, {@code db/migration/postgresql}); a database of an earlier version
 * (embedded H2) is imported once ({@link org.credpath.api.store.H2Import}). One small repository class
 * per table; rows are records. Every tenant-owned row carries {@code tenant_id} and every query of a
 * tenant repository filters on it, which is what isolates tenants.
 */
package org.credpath.api.store;
