package org.convene.base.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A grid's text search through a word table: every word typed must begin a word of the row. The word table
 * ({@code registration_word}, {@code app_user_word}, {@code outbox_message_word}: V175-V177) holds each
 * row's words, split at everything that is not a letter or a digit and kept in step by triggers, with a
 * primary key (owner, word) and an index (scope, word, owner) or (word, owner). The collation
 * ({@code utf8mb4_unicode_ci}) ignores case and accents.
 * <p>
 * Which way the query runs is chosen by counting, not left to the optimiser, whose choices at 100,000 rows
 * were measured at 0.1-6 s for the wrong one:
 * <ul>
 * <li>a word with few matches (fewer than {@link #FEW}): its matches, one index range, are read first, the
 * other words checked on them, and the rest sorted (milliseconds);</li>
 * <li>only common words: the rows are read in the order of the grid's sort through its index and each is
 * checked, which stops at the page's last row. Common words that are rare at the beginning of that order (a
 * first name, sorted by name) would read most of the table: after {@link #SCAN_ROWS} rows examined the scan
 * gives up ({@code ROWS EXAMINED}) and the rarest word's matches are read and sorted instead;</li>
 * <li>unless every word has {@link #MANY} matches or more (counted then, up to that number: about 0.5 us a match):
 * sorting them all would cost more (about 2 us a match, 190 ms for 100,000) than scanning on, so the scan runs
 * again with {@link #LONG_SCAN_ROWS} before the matches decide. A word all 100,000 accounts share, after 12,000
 * that sort before them, took 331 ms with the matches sorted; the longer scan finds the page.</li>
 * </ul>
 * Either way the order ends with the id, so all give the same pages. A row is checked for a word by an
 * {@code IN} subquery through the word table's primary key (owner, word), with MariaDB's semi-join and
 * materialization strategies off for the statement ({@code SET STATEMENT}): left to itself the optimiser read
 * every match of the word first (materialization) or joined over the whole word range; per row, this check
 * costs about half the scalar subquery ({@code (SELECT 1 ... LIMIT 1) IS NOT NULL}) used before, and the search
 * for two words of 6,250 matches each, all last by name among 100,000, went from 68-86 to 25 ms in the database.
 * Returns ids in order; the service loads its entities.
 */
public final class WordSearch {

    public static final int FEW = 5_000;
    public static final int SCAN_ROWS = 20_000;
    public static final int MANY = 20_000;
    public static final int LONG_SCAN_ROWS = 200_000;
    /** Each row's words checked one row at a time through the primary key (see the class comment). */
    private static final String ROW_BY_ROW = "SET STATEMENT optimizer_switch='semijoin=off,materialization=off' FOR ";

    /**
     * A searchable table.
     *
     * @param table the table, read as {@code t}
     * @param words its word table
     * @param owner the word table's column holding the row's id
     * @param scope the column both tables share and every search fixes ({@code seminar_id}), or null
     * @param sorts sort properties and their columns ({@code "t.status, t.created_at"}: the direction applies to each),
     *              each served by an index (after the scope) that ends with the id, as InnoDB's secondary indexes do
     * @param defaultSort the sort property when the grid asks for none
     */
    public record Table(String table, String words, String owner, String scope, Map<String, String> sorts, String defaultSort) {
    }

    /**
     * One search.
     *
     * @param scope the scope's value (when the table has one)
     * @param where more conditions on {@code t}, each starting with {@code " AND "}, with named parameters
     * @param params the values of those parameters
     */
    public record Query(SearchWords words, Long scope, String where, Map<String, Object> params) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Table table;
    private final int few;
    private final int scanRows;
    private final int many;
    private final int longScanRows;

    public WordSearch(DataSource dataSource, Table table) {
        this(dataSource, table, FEW, SCAN_ROWS, MANY, LONG_SCAN_ROWS);
    }

    /** With other thresholds: tests run every way with a few rows. */
    public WordSearch(DataSource dataSource, Table table, int few, int scanRows, int many, int longScanRows) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.table = table;
        this.few = few;
        this.scanRows = scanRows;
        this.many = many;
        this.longScanRows = longScanRows;
    }

    public List<Long> ids(Query q, Pageable pageable) {
        return ids(q, pageable, 0);
    }

    /**
     * The page's ids and {@code extra} more after it: a slice asks for one more to know whether there is a next
     * page, without counting.
     */
    public List<Long> ids(Query q, Pageable pageable, int extra) {
        var prefixes = q.words().prefixes();
        var rarest = rarest(q, prefixes, few);
        var params = params(q, prefixes, pageable, extra);
        if (rarest.count() >= few) {
            var scanned = scan(q, prefixes, pageable, extra, params, scanRows);
            if (scanned != null) {
                return scanned;
            }
            // Fewer rows than asked: the end of the matches, or the scan gave up. The matches decide, unless
            // there are so many that sorting them costs more than a longer scan.
            if (pageable.isPaged()) {
                rarest = rarest(q, prefixes, many);
                if (rarest.count() >= many && (scanned = scan(q, prefixes, pageable, extra, params, longScanRows)) != null) {
                    return scanned;
                }
            }
        }
        return jdbc.queryForList(select(q, prefixes, rarest.index(), pageable), params, Long.class);
    }

    /** The ordered scan, or null when it gave up (or found fewer rows than asked: the end of the matches). */
    private List<Long> scan(Query q, List<String> prefixes, Pageable pageable, int extra, MapSqlParameterSource params,
                            int rowsExamined) {
        var scanned = jdbc.queryForList(select(q, prefixes, -1, pageable) + " ROWS EXAMINED " + rowsExamined, params, Long.class);
        return pageable.isUnpaged() || scanned.size() == pageable.getPageSize() + extra ? scanned : null;
    }

    public long count(Query q) {
        var prefixes = q.words().prefixes();
        var driver = rarest(q, prefixes, few).index();
        var sql = ROW_BY_ROW + "SELECT COUNT(*) " + from(prefixes, driver) + where(q, prefixes, driver);
        return jdbc.queryForObject(sql, params(q, prefixes, Pageable.unpaged(), 0), Long.class);
    }

    private record Rarest(int index, int count) {
    }

    /** Matches of each word, counted up to {@code few}: index ranges, one round trip. */
    private Rarest rarest(Query q, List<String> prefixes, int few) {
        var sql = new StringBuilder("SELECT ");
        var params = new MapSqlParameterSource("scope", q.scope());
        for (var i = 0; i < prefixes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM (SELECT 1 FROM ").append(table.words())
                    .append(" WHERE ").append(table.scope() == null ? "" : table.scope() + " = :scope AND ")
                    .append("word LIKE :w").append(i).append(" LIMIT ").append(few).append(") c)");
            params.addValue("w" + i, prefixes.get(i));
        }
        return jdbc.queryForObject(sql.toString(), params, (rs, n) -> {
            var best = new Rarest(0, rs.getInt(1));
            for (var i = 1; i < prefixes.size(); i++) {
                if (rs.getInt(i + 1) < best.count()) {
                    best = new Rarest(i, rs.getInt(i + 1));
                }
            }
            return best;
        });
    }

    /** {@code driver} is the index of the word whose matches are read first, or -1 for the ordered scan. */
    private String select(Query q, List<String> prefixes, int driver, Pageable pageable) {
        var sql = ROW_BY_ROW + "SELECT t.id " + from(prefixes, driver) + where(q, prefixes, driver) + " ORDER BY "
                + orderBy(pageable.getSort());
        return pageable.isUnpaged() ? sql : sql + " LIMIT :limit OFFSET :offset";
    }

    private String from(List<String> prefixes, int driver) {
        if (driver < 0) {
            return "FROM " + table.table() + " t";
        }
        return "FROM (SELECT DISTINCT " + table.owner() + " AS id FROM " + table.words() + " WHERE "
                + (table.scope() == null ? "" : table.scope() + " = :scope AND ") + "word LIKE :w" + driver
                + ") m STRAIGHT_JOIN " + table.table() + " t ON t.id = m.id";
    }

    private String where(Query q, List<String> prefixes, int driver) {
        var sql = new StringBuilder(" WHERE ").append(table.scope() == null ? "TRUE" : "t." + table.scope() + " = :scope")
                .append(q.where() == null ? "" : q.where());
        for (var i = 0; i < prefixes.size(); i++) {
            if (i != driver) {
                // Checked row by row through the primary key (owner, word): see ROW_BY_ROW.
                sql.append(" AND t.id IN (SELECT w.").append(table.owner()).append(" FROM ").append(table.words())
                        .append(" w WHERE w.word LIKE :w").append(i).append(")");
            }
        }
        return sql.toString();
    }

    /** The grid's sort, then the id in the direction of the last column. */
    private String orderBy(Sort sort) {
        var parts = new ArrayList<String>();
        var last = Sort.Direction.ASC;
        for (var order : sort.isSorted() ? sort : Sort.by(table.defaultSort())) {
            var columns = table.sorts().get(order.getProperty());
            if (columns == null) {
                throw new IllegalArgumentException("No sort by " + order.getProperty());
            }
            for (var column : columns.split(",\\s*")) {
                if (!column.equals("t.id")) {
                    parts.add(column + (order.isAscending() ? "" : " DESC"));
                }
            }
            last = order.getDirection();
        }
        parts.add("t.id" + (last.isAscending() ? "" : " DESC"));
        return String.join(", ", parts);
    }

    private static MapSqlParameterSource params(Query q, List<String> prefixes, Pageable pageable, int extra) {
        var params = new MapSqlParameterSource(q.params() == null ? Map.of() : q.params());
        params.addValue("scope", q.scope());
        for (var i = 0; i < prefixes.size(); i++) {
            params.addValue("w" + i, prefixes.get(i));
        }
        if (pageable.isPaged()) {
            params.addValue("limit", pageable.getPageSize() + extra);
            params.addValue("offset", pageable.getOffset());
        }
        return params;
    }
}
