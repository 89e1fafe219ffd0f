package org.credpath.api.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sqlite.SQLiteConnection;

/** Small JDBC helpers shared by the repositories. */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** SQLite's timestamp text: UTC, nine fraction digits, so that text order is time order. */
    static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'");

    private Jdbc() {
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof OffsetDateTime t) {
                setTimestamp(ps, i + 1, t);
            } else {
                ps.setObject(i + 1, params[i]);
            }
        }
        return ps;
    }

    /**
     * Binds a timestamp: PostgreSQL takes it as {@code TIMESTAMP WITH TIME ZONE}; SQLite, which has no
     * date type, as fixed-width ISO-8601 UTC text, whose text order is time order.
     */
    static void setTimestamp(PreparedStatement ps, int index, OffsetDateTime t) throws SQLException {
        if (t == null) {
            ps.setObject(index, null);
        } else if (ps.getConnection().isWrapperFor(SQLiteConnection.class)) {
            ps.setString(index, SQLITE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC)));
        } else {
            ps.setObject(index, t);
        }
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        List<T> rows = query(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    static OffsetDateTime timestamp(ResultSet rs, String column) throws SQLException {
        Object raw = rs.getObject(column);
        if (raw == null) {
            return null;
        }
        OffsetDateTime t = raw instanceof String text ? OffsetDateTime.parse(text) : rs.getObject(column, OffsetDateTime.class);
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
