package org.convene.registration;

import java.util.List;

/** One question and what a registration answered ("" when nothing). */
public record QuestionAnswer(long questionId, String label, QuestionKind kind, String answer) {

    /** The chosen options of a multiple choice, or the single value; empty when unanswered. */
    public List<String> values() {
        if (answer.isEmpty()) {
            return List.of();
        }
        return kind == QuestionKind.MULTIPLE_CHOICE ? List.of(answer.split("\n", -1)) : List.of(answer);
    }
}
