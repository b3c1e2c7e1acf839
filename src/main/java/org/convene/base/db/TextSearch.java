package org.convene.base.db;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * What a grid's search box becomes in SQL. Words of three letters or more become a MariaDB FULLTEXT
 * (InnoDB) boolean query in which every word must start a word of the row ({@code +dupon* +marie*}):
 * "dupon" finds "Marie Dupont", "marie.dupont@example.org" and "Dupont & fils", accents and case
 * ignored, through the index (milliseconds at 100,000 rows). InnoDB does not index words shorter than
 * three letters nor its stop words ("the", "will", "com"...): a search made only of such words (or of
 * their beginnings, "wil") falls back to {@code LIKE '%text%'}, which reads the rows (right, slower); in a
 * search with longer words the longest of them narrows the index's matches with a {@code LIKE}. Use both fields with {@code fulltext_match2}/{@code fulltext_match3} (registered
 * by {@link FullTextFunctions}) and an ordinary {@code like}.
 *
 * @param fullText the boolean-mode query, or null when there is none
 * @param like a {@code %text%} pattern (lower case) that matches must also meet, or null
 */
public record TextSearch(String fullText, String like) {

    /** InnoDB's default stop words of three letters or more (shorter words are never indexed). */
    private static final Set<String> STOP_WORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the", "this",
            "was", "what", "when", "where", "who", "will", "with", "und", "www");
    public static final int MIN_WORD = 3;
    public static final int MAX_LENGTH = 100;
    public static final TextSearch NONE = new TextSearch(null, null);

    public static TextSearch of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        var t = text.strip().toLowerCase(Locale.ROOT);
        if (t.length() > MAX_LENGTH) {
            t = t.substring(0, MAX_LENGTH);
        }
        var words = new ArrayList<String>();
        var unindexed = "";
        for (var word : t.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_WORD && !beginsAStopWord(word)) {
                if (!words.contains(word)) {
                    words.add(word);
                }
            } else if (word.length() > unindexed.length()) {
                unindexed = word;
            }
        }
        if (words.isEmpty()) {
            var like = like(t);
            return like.equals("%%") ? NONE : new TextSearch(null, like);
        }
        var query = new StringBuilder();
        words.forEach(w -> query.append(query.isEmpty() ? "" : " ").append('+').append(w).append('*'));
        // The longest word the index does not hold still narrows the index's matches ("li.wu@example").
        return new TextSearch(query.toString(), unindexed.isEmpty() ? null : like(unindexed));
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    public boolean isEmpty() {
        return fullText == null && like == null;
    }

    private static boolean beginsAStopWord(String word) {
        var plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return STOP_WORDS.stream().anyMatch(s -> s.startsWith(plain));
    }
}
