package org.convene.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.base.db.SearchWords;
import org.convene.base.db.WordSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The participant grid's text search inside one seminar, through {@code registration_word} (V175): see
 * {@link WordSearch}. Every sort the grid offers has an index (seminar_id, column) (V150).
 */
@Component
class ParticipantSearch {

    static final WordSearch.Table TABLE = new WordSearch.Table("registration", "registration_word", "registration_id",
            "seminar_id", Map.of("fullName", "t.full_name", "email", "t.email", "organisation", "t.organisation",
                    "country", "t.country", "sector", "t.sector", "status", "t.status", "waitlistPosition", "t.waitlist_position",
                    "createdAt", "t.created_at", "id", "t.id"), "createdAt");

    private final WordSearch search;

    @Autowired
    ParticipantSearch(DataSource dataSource) {
        this.search = new WordSearch(dataSource, TABLE);
    }

    /** With other thresholds: tests run every way with a few rows. */
    ParticipantSearch(DataSource dataSource, int few, int scanRows) {
        this(dataSource, few, scanRows, WordSearch.MANY, WordSearch.LONG_SCAN_ROWS);
    }

    /** With other thresholds, the longer scan's too. */
    ParticipantSearch(DataSource dataSource, int few, int scanRows, int many, int longScanRows) {
        this.search = new WordSearch(dataSource, TABLE, few, scanRows, many, longScanRows);
    }

    record Filter(long seminarId, RegistrationStatus status, String country, Sector sector, SearchWords words) {
    }

    List<Long> ids(Filter f, Pageable pageable) {
        return search.ids(query(f), pageable);
    }

    long count(Filter f) {
        return search.count(query(f));
    }

    private static WordSearch.Query query(Filter f) {
        var where = new StringBuilder();
        var params = new HashMap<String, Object>();
        if (f.status() != null) {
            where.append(" AND t.status = :status");
            params.put("status", f.status().name());
        }
        if (f.country() != null) {
            where.append(" AND t.country = :country");
            params.put("country", f.country());
        }
        if (f.sector() != null) {
            where.append(" AND t.sector = :sector");
            params.put("sector", f.sector().name());
        }
        return new WordSearch.Query(f.words(), f.seminarId(), where.toString(), params);
    }
}
