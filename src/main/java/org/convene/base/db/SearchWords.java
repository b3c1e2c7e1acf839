package org.convene.base.db;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search box's text as the word beginnings a row must all have: lower case, split at everything that
 * is not a letter or a digit, as the words of a row are split when they are stored ("li.wu@example" is
 * "li", "wu" and "example"). Accents are left to the column's collation ({@code utf8mb4_unicode_ci}),
 * which ignores them. Letters and digits only, so a word is safe in a {@code LIKE 'word%'} pattern.
 */
public record SearchWords(List<String> words) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_WORDS = 8;
    public static final SearchWords NONE = new SearchWords(List.of());

    public SearchWords {
        words = List.copyOf(words);
    }

    public static SearchWords of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        var t = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (t.length() > MAX_LENGTH) {
            t = t.substring(0, MAX_LENGTH);
        }
        var words = new ArrayList<String>();
        for (var word : t.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !words.contains(word) && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return new SearchWords(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** {@code word%} for each word, in order. */
    public List<String> prefixes() {
        return words.stream().map(w -> w + "%").toList();
    }
}
