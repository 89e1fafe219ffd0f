package org.credpath.api.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** A pooled, migrated database. Close it to release the pool (and H2's file lock). */
public final class Database implements AutoCloseable {

    /** Work done on one connection inside a transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource dataSource;
    private final DatabaseConfig config;
    private final StoreFileSync sync;

    private Database(HikariDataSource dataSource, DatabaseConfig config, StoreFileSync sync) {
        this.dataSource = dataSource;
        this.config = config;
        this.sync = sync;
    }

    /** Opens the pool and applies pending Flyway migrations. */
    public static Database open(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(1);
        hc.setPoolName("credpath");
        hc.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot open database " + config.describe() + ": "
                    + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new IllegalStateException("cannot migrate database " + config.describe() + ": "
                    + rootMessage(e), e);
        }
        return new Database(ds, config, StoreFileSync.open(config));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Runs {@code work} in one transaction: commits on return, rolls back on any exception. For reads. */
    public <T> T inTransaction(TransactionWork<T> work) {
        return run(work, false);
    }

    /**
     * Runs a writing {@code work} in one transaction and returns only once the commit is durable:
     * PostgreSQL's commit is durable already ({@code synchronous_commit}); the embedded H2 database writes its store file at
     * every commit ({@code WRITE_DELAY=0}), which is then forced to the disk ({@link StoreFileSync}).
     * Measured in docs/api.md ("Durability").
     */
    public <T> T write(TransactionWork<T> work) {
        return run(work, true);
    }

    private <T> T run(TransactionWork<T> work, boolean durable) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            if (durable) {
                sync.force();
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
        sync.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
