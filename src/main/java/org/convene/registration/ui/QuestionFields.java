package org.convene.registration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import org.convene.registration.Question;
import org.convene.registration.QuestionKind;

/**
 * A seminar's additional questions in the registration form: one field per {@link Question} as its kind
 * asks (a line, a text, radio buttons for one choice or yes/no, checkboxes for several), with the
 * required ones marked and checked. The service checks every answer again; its refusals land on these
 * fields through the form's {@link FormErrors}.
 */
class QuestionFields extends FormLayout {

    private final Binder<Answers> binder = new Binder<>();
    private final boolean empty;

    QuestionFields(List<Question> questions, FormErrors errors) {
        binder.setDefaultValidatorsEnabled(false);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        for (var q : questions) {
            add(field(q, errors));
        }
        empty = questions.isEmpty();
        binder.readBean(new Answers());
    }

    /** Whether the seminar asks nothing more. */
    boolean isEmpty() {
        return empty;
    }

    /**
     * The answers by question id, in the questions' order, when every one is valid; otherwise empty, and
     * each problem is shown on its field.
     */
    Optional<Map<Long, List<String>>> answers() {
        var answers = new Answers();
        if (!binder.writeBeanIfValid(answers)) {
            binder.validate();
            return Optional.empty();
        }
        return Optional.of(answers.given);
    }

    private Component field(Question q, FormErrors errors) {
        var id = "reg-question-" + q.id();
        Component field;
        switch (q.kind()) {
            case SHORT_TEXT -> {
                var f = new TextField(q.label());
                Limits.limit(f, Question.SHORT_ANSWER_MAX);
                binder.forField(f).withValidator(Rules.line(this, Question.SHORT_ANSWER_MAX, q.required()))
                        .bind(a -> a.text(q.id()), (a, v) -> a.given.put(q.id(), List.of(v)));
                errors.field(q.field(), f);
                f.setRequiredIndicatorVisible(q.required());
                field = f;
            }
            case LONG_TEXT -> {
                var f = new TextArea(q.label());
                Limits.limit(f, Question.LONG_ANSWER_MAX);
                binder.forField(f).withValidator(Rules.text(this, Question.LONG_ANSWER_MAX, q.required()))
                        .bind(a -> a.text(q.id()), (a, v) -> a.given.put(q.id(), List.of(v)));
                errors.field(q.field(), f);
                f.setRequiredIndicatorVisible(q.required());
                field = f;
            }
            case SINGLE_CHOICE, YES_NO -> {
                var f = new RadioButtonGroup<String>(q.label());
                if (q.kind() == QuestionKind.YES_NO) {
                    f.setItems("yes", "no");
                    f.setItemLabelGenerator(v -> getTranslation("question.answer." + v));
                } else {
                    f.setItems(q.options());
                }
                var bound = binder.forField(f);
                if (q.required()) {
                    bound = bound.withValidator(Rules.chosen(this));
                }
                bound.bind(a -> a.given.getOrDefault(q.id(), List.of()).stream().findFirst().orElse(null),
                        (a, v) -> a.given.put(q.id(), v == null ? List.of() : List.of(v)));
                errors.field(q.field(), f);
                f.setRequiredIndicatorVisible(q.required());
                field = f;
            }
            case MULTIPLE_CHOICE -> {
                var f = new CheckboxGroup<String>(q.label());
                f.setItems(q.options());
                var bound = binder.forField(f);
                if (q.required()) {
                    bound = bound.withValidator(Rules.chosen(this));
                }
                bound.bind(a -> new LinkedHashSet<>(a.given.getOrDefault(q.id(), List.of())),
                        (a, v) -> a.given.put(q.id(), List.copyOf(v)));
                errors.field(q.field(), f);
                f.setRequiredIndicatorVisible(q.required());
                field = f;
            }
            default -> throw new IllegalStateException("Unknown kind " + q.kind());
        }
        field.setId(id);
        return field;
    }

    /** What the binder reads back: the answers given, by question id. */
    private static final class Answers {
        final Map<Long, List<String>> given = new LinkedHashMap<>();

        String text(long questionId) {
            var answer = given.getOrDefault(questionId, List.of());
            return answer.isEmpty() ? "" : answer.getFirst();
        }
    }
}
