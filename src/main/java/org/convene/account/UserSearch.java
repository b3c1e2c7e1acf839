package org.convene.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.base.db.SearchWords;
import org.convene.base.db.WordSearch;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The user administration's text search through {@code app_user_word} (V176): see {@link WordSearch}. */
@Component
class UserSearch {

    static final WordSearch.Table TABLE = new WordSearch.Table("app_user", "app_user_word", "user_id", null,
            Map.of("displayName", "t.display_name", "email", "t.email", "createdAt", "t.created_at", "id", "t.id"), "displayName");

    private final WordSearch search;

    UserSearch(DataSource dataSource) {
        this.search = new WordSearch(dataSource, TABLE);
    }

    List<Long> ids(SearchWords words, Role role, Pageable pageable, int extra) {
        var params = new HashMap<String, Object>();
        var where = "";
        if (role != null) {
            where = " AND EXISTS (SELECT 1 FROM user_role ur WHERE ur.user_id = t.id AND ur.role = :role)";
            params.put("role", role.name());
        }
        return search.ids(new WordSearch.Query(words, null, where, params), pageable, extra);
    }
}
