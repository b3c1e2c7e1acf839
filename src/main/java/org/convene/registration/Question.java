package org.convene.registration;

import java.util.List;

/**
 * A seminar's additional question as the registration form and the organisers' list show it: a read model
 * of {@link RegistrationQuestion}, detached from the persistence context. {@code answered} tells whether
 * someone answered it already (then it can only be moved), and is false where the caller may not know.
 */
public record Question(long id, int position, QuestionKind kind, String label, boolean required, List<String> options,
                       boolean answered) {

    /** The limits of a question and its answers, for the entity's columns, the service's checks and the fields. */
    public static final int LABEL_MAX = 300;
    public static final int OPTION_MAX = 200;
    public static final int OPTIONS_MAX = 30;
    public static final int SHORT_ANSWER_MAX = 200;
    public static final int LONG_ANSWER_MAX = 2000;

    public Question {
        options = List.copyOf(options);
    }

    static Question of(RegistrationQuestion q, boolean answered) {
        return new Question(q.getId(), q.getPosition(), q.getKind(), q.getLabel(), q.isRequired(), q.getOptions(), answered);
    }

    /** The form field name a refusal about this question's answer is put on (as the service names it). */
    public String field() {
        return RegistrationQuestion.field(id);
    }
}
