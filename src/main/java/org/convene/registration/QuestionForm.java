package org.convene.registration;

import java.util.List;

/** What an organiser sets for an additional question; {@code options} only for the choice kinds. */
public record QuestionForm(QuestionKind kind, String label, boolean required, List<String> options) {

    public static QuestionForm of(RegistrationQuestion q) {
        return new QuestionForm(q.getKind(), q.getLabel(), q.isRequired(), q.getOptions());
    }
}
