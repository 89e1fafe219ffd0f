/**
 * Persistence: an embedded H2 file database by default, PostgreSQL by JDBC URL, a HikariCP pool
 * and Flyway migrations ({@code db/migration}) valid for both. One small repository class per
 * table; rows are records. Every tenant-owned row carries {@code tenant_id} and every query of a
 * tenant repository filters on it, which is what isolates tenants.
 */
package org.credpath.api.store;
