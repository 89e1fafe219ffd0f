package org.credpath.api.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A pooled, migrated database: the embedded SQLite file (default) or PostgreSQL. Close it to release
 * the pool and, for the embedded file, the one-process lock.
 *
 * <p>Durability: a {@link #write} returns only after its commit is on the disk. PostgreSQL's commit
 * is durable already ({@code synchronous_commit}). SQLite runs in WAL mode with {@code synchronous=FULL}:
 * its commit appends the transaction to the write-ahead log and fsyncs it before returning, and a
 * restart replays the log. Measured under kill -9 in docs/api.md ("Durability").
 */
public final class Database implements AutoCloseable {

    /** Work done on one connection inside a transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource dataSource;
    private final DatabaseConfig config;
    private final StoreLock lock;
    /** SQLite has one writer at a time; writers queue here instead of failing with SQLITE_BUSY. */
    private final ReentrantLock writer = new ReentrantLock(true);

    private Database(HikariDataSource dataSource, DatabaseConfig config, StoreLock lock) {
        this.dataSource = dataSource;
        this.config = config;
        this.lock = lock;
    }

    /**
     * Opens the pool and applies pending Flyway migrations; the embedded database also takes its
     * one-process lock and imports the rows of an earlier version's H2 file found beside it
     * ({@link H2Import}).
     */
    public static Database open(DatabaseConfig config) {
        StoreLock lock = config.embeddedFile().map(StoreLock::acquire).orElse(null);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hikari(config));
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw new IllegalArgumentException("cannot open database " + config.describe() + ": "
                    + rootMessage(e), e);
        }
        try {
            String dialect = config.isEmbedded() ? "sqlite" : "postgresql";
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/" + dialect).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            closeQuietly(lock);
            throw new IllegalStateException("cannot migrate database " + config.describe() + ": "
                    + rootMessage(e), e);
        }
        Database db = new Database(ds, config, lock);
        if (config.isEmbedded()) {
            try {
                H2Import.importBeside(db, config.embeddedFile().orElseThrow());
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        return db;
    }

    private static HikariConfig hikari(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(1);
        hc.setPoolName("credpath");
        hc.setInitializationFailTimeout(10_000);
        if (config.isEmbedded()) {
            hc.setDriverClassName("org.sqlite.JDBC");
            hc.addDataSourceProperty("journal_mode", "WAL");
            hc.addDataSourceProperty("synchronous", "FULL");
            hc.addDataSourceProperty("foreign_keys", "true");
            hc.addDataSourceProperty("busy_timeout", "30000");
        }
        return hc;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Runs {@code work} in one transaction: commits on return, rolls back on any exception. For reads. */
    public <T> T inTransaction(TransactionWork<T> work) {
        return run(work);
    }

    /**
     * Runs a writing {@code work} in one transaction and returns only once the commit is durable
     * (see the class comment). Embedded writers take turns.
     */
    public <T> T write(TransactionWork<T> work) {
        if (!config.isEmbedded()) {
            return run(work);
        }
        writer.lock();
        try {
            return run(work);
        } finally {
            writer.unlock();
        }
    }

    private <T> T run(TransactionWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
        closeQuietly(lock);
    }

    private static void closeQuietly(StoreLock lock) {
        if (lock != null) {
            lock.close();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
