package org.convene.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.base.db.SearchWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The participant grid's text search inside one seminar, through {@code registration_word} (V175): every
 * word typed must begin a word of the registration's name, e-mail or organisation. Which way the query
 * runs is chosen by counting, not left to the optimiser, whose choices at 100,000 rows were measured at
 * 0.1-6 s for the wrong one:
 * <ul>
 * <li>a word with few matches in the seminar (fewer than {@link #FEW}): its matches, an index range in
 * the seminar, are read first, the other words checked on them, and the rest sorted (milliseconds);</li>
 * <li>only common words ("pers", "organisation"): the seminar's rows are read in the order of the grid's
 * sort through its index and each is checked, which stops at the page's last row. Common words that are
 * rare at the beginning of that order (a first name, sorted by name) would read most of the seminar:
 * after {@link #SCAN_ROWS} rows the scan gives up ({@code ROWS EXAMINED}) and the rarest word's matches
 * are read and sorted instead.</li>
 * </ul>
 * Returns ids in order; the service loads the registrations.
 */
@Component
class ParticipantSearch {

    static final int FEW = 2_000;
    static final int SCAN_ROWS = 20_000;

    /** The grid's sort properties and their columns (each has an index starting with seminar_id, V150). */
    private static final Map<String, String> COLUMNS = Map.of("fullName", "r.full_name", "email", "r.email",
            "organisation", "r.organisation", "country", "r.country", "sector", "r.sector", "status", "r.status",
            "waitlistPosition", "r.waitlist_position", "createdAt", "r.created_at", "id", "r.id");

    private final NamedParameterJdbcTemplate jdbc;
    private final int few;
    private final int scanRows;

    @Autowired
    ParticipantSearch(DataSource dataSource) {
        this(dataSource, FEW, SCAN_ROWS);
    }

    /** With other thresholds: tests run every way with a few rows. */
    ParticipantSearch(DataSource dataSource, int few, int scanRows) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.few = few;
        this.scanRows = scanRows;
    }

    record Filter(long seminarId, RegistrationStatus status, String country, Sector sector, SearchWords words) {
    }

    List<Long> ids(Filter f, Pageable pageable) {
        var prefixes = f.words().prefixes();
        var counts = counts(f.seminarId(), prefixes);
        var rarest = 0;
        for (var i = 1; i < counts.size(); i++) {
            if (counts.get(i) < counts.get(rarest)) {
                rarest = i;
            }
        }
        var params = params(f, prefixes, pageable);
        if (counts.get(rarest) >= few) {
            var scanned = jdbc.queryForList(select(f, prefixes, -1, pageable) + " ROWS EXAMINED " + scanRows, params, Long.class);
            if (pageable.isUnpaged() || scanned.size() == pageable.getPageSize()) {
                return scanned;
            }
            // Fewer rows than asked: the end of the matches, or the scan gave up. The matches decide.
        }
        return jdbc.queryForList(select(f, prefixes, rarest, pageable), params, Long.class);
    }

    long count(Filter f) {
        var prefixes = f.words().prefixes();
        var counts = counts(f.seminarId(), prefixes);
        var rarest = counts.indexOf(counts.stream().min(Integer::compare).orElseThrow());
        var sql = "SELECT COUNT(*) " + from(prefixes, rarest) + where(f, prefixes, rarest);
        return jdbc.queryForObject(sql, params(f, prefixes, Pageable.unpaged()), Long.class);
    }

    /** Matches of each word in the seminar, counted up to {@link #FEW}: index ranges, one round trip. */
    private List<Integer> counts(long seminarId, List<String> prefixes) {
        var sql = new StringBuilder("SELECT ");
        var params = new MapSqlParameterSource("s", seminarId);
        for (var i = 0; i < prefixes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM (SELECT 1 FROM registration_word")
                    .append(" WHERE seminar_id = :s AND word LIKE :w").append(i).append(" LIMIT ").append(few).append(") c)");
            params.addValue("w" + i, prefixes.get(i));
        }
        return jdbc.queryForObject(sql.toString(), params, (rs, n) -> {
            var counts = new ArrayList<Integer>();
            for (var i = 1; i <= prefixes.size(); i++) {
                counts.add(rs.getInt(i));
            }
            return counts;
        });
    }

    /** {@code driver} is the index of the word whose matches are read first, or -1 for the ordered scan. */
    private static String select(Filter f, List<String> prefixes, int driver, Pageable pageable) {
        var sql = "SELECT r.id " + from(prefixes, driver) + where(f, prefixes, driver) + " ORDER BY " + orderBy(pageable.getSort());
        return pageable.isUnpaged() ? sql : sql + " LIMIT :limit OFFSET :offset";
    }

    private static String from(List<String> prefixes, int driver) {
        if (driver < 0) {
            return "FROM registration r";
        }
        return "FROM (SELECT DISTINCT registration_id FROM registration_word WHERE seminar_id = :s AND word LIKE :w" + driver
                + ") m STRAIGHT_JOIN registration r ON r.id = m.registration_id";
    }

    private static String where(Filter f, List<String> prefixes, int driver) {
        var sql = new StringBuilder(" WHERE r.seminar_id = :s");
        if (f.status() != null) {
            sql.append(" AND r.status = :status");
        }
        if (f.country() != null) {
            sql.append(" AND r.country = :country");
        }
        if (f.sector() != null) {
            sql.append(" AND r.sector = :sector");
        }
        for (var i = 0; i < prefixes.size(); i++) {
            if (i != driver) {
                // A scalar subquery with LIMIT 1: checked row by row through the primary key (registration_id, word);
                // as EXISTS the optimiser turned it into a join over all the seminar's words.
                sql.append(" AND (SELECT 1 FROM registration_word w WHERE w.registration_id = r.id AND w.word LIKE :w")
                        .append(i).append(" LIMIT 1) IS NOT NULL");
            }
        }
        return sql.toString();
    }

    /** The grid's sort, then the id in the direction of the last column (ties stay in one order; the index still serves). */
    private static String orderBy(Sort sort) {
        var parts = new ArrayList<String>();
        var last = Sort.Direction.ASC;
        for (var order : sort.isSorted() ? sort : Sort.by("createdAt")) {
            var column = COLUMNS.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("No sort by " + order.getProperty());
            }
            if (!column.equals("r.id")) {
                parts.add(column + (order.isAscending() ? "" : " DESC"));
            }
            last = order.getDirection();
        }
        parts.add("r.id" + (last.isAscending() ? "" : " DESC"));
        return String.join(", ", parts);
    }

    private static MapSqlParameterSource params(Filter f, List<String> prefixes, Pageable pageable) {
        var params = new MapSqlParameterSource("s", f.seminarId());
        params.addValue("status", f.status() == null ? null : f.status().name());
        params.addValue("country", f.country());
        params.addValue("sector", f.sector() == null ? null : f.sector().name());
        for (var i = 0; i < prefixes.size(); i++) {
            params.addValue("w" + i, prefixes.get(i));
        }
        if (pageable.isPaged()) {
            params.addValue("limit", pageable.getPageSize());
            params.addValue("offset", pageable.getOffset());
        }
        return params;
    }
}
