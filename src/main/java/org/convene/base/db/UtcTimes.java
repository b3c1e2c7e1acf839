package org.convene.base.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in {@code DATETIME} columns written and read with plain JDBC, in UTC as Hibernate writes them
 * ({@code hibernate.jdbc.time_zone=UTC}). {@code Timestamp.from} would store the JVM's local time instead:
 * instances in different zones would disagree, and an autumn night's hour would be written twice.
 */
public final class UtcTimes {

    private UtcTimes() {
    }

    /** The value to bind for {@code instant} (null stays null). */
    public static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant a column holds (null stays null). */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
