package org.convene.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.base.db.SearchWords;
import org.convene.base.db.WordSearch;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The outbox grid's text search through {@code outbox_message_word} (V177): see {@link WordSearch}. */
@Component
class MessageSearch {

    /** The status sort goes on by creation time, as its index (status, created_at) does. */
    static final WordSearch.Table TABLE = new WordSearch.Table("outbox_message", "outbox_message_word", "message_id", null,
            Map.of("createdAt", "t.created_at", "recipientEmail", "t.recipient_email", "status", "t.status, t.created_at",
                    "id", "t.id"), "createdAt");

    private final WordSearch search;

    MessageSearch(DataSource dataSource) {
        this.search = new WordSearch(dataSource, TABLE);
    }

    List<Long> ids(SearchWords words, OutboxStatus status, Pageable pageable, int extra) {
        var params = new HashMap<String, Object>();
        var where = "";
        if (status != null) {
            where = " AND t.status = :status";
            params.put("status", status.name());
        }
        return search.ids(new WordSearch.Query(words, null, where, params), pageable, extra);
    }
}
