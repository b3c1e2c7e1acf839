package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.statement.WordDiff.Segment;
import org.convene.statement.WordDiff.Segment.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void changed_words_are_marked_removed_and_added_in_reading_order() {
        assertThat(WordDiff.of("Drug policy must respect health.", "Drug policy must respect human rights."))
                .containsExactly(new Segment(Kind.SAME, "Drug policy must respect "), new Segment(Kind.REMOVED, "health"),
                        new Segment(Kind.ADDED, "human rights"), new Segment(Kind.SAME, "."));
    }

    @Test
    void identical_texts_have_no_change_and_accents_stay_whole_words() {
        var same = WordDiff.of("Réduction des risques", "Réduction des risques");
        assertThat(WordDiff.changed(same)).isFalse();
        assertThat(WordDiff.of("la réduction", "la prévention"))
                .containsExactly(new Segment(Kind.SAME, "la "), new Segment(Kind.REMOVED, "réduction"), new Segment(Kind.ADDED, "prévention"));
    }

    @Test
    void from_nothing_everything_is_added() {
        assertThat(WordDiff.of("", "New text")).containsExactly(new Segment(Kind.ADDED, "New text"));
    }
}
