package org.convene.registration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.convene.base.AbstractEntity;
import org.convene.base.ConveneException;
import org.convene.base.Validation;

/**
 * An additional question of one seminar's registration form. Answers are checked here
 * ({@link #normalise}) so the rule lives next to the question's kind and options.
 */
@Entity
@Table(name = "registration_question")
public class RegistrationQuestion extends AbstractEntity {

    static final int LABEL_MAX = Question.LABEL_MAX;
    static final int OPTION_MAX = Question.OPTION_MAX;
    static final int OPTIONS_MAX = Question.OPTIONS_MAX;
    static final int SHORT_ANSWER_MAX = Question.SHORT_ANSWER_MAX;
    static final int LONG_ANSWER_MAX = Question.LONG_ANSWER_MAX;
    static final String YES = "yes";
    static final String NO = "no";

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "required", nullable = false)
    private boolean required;

    @ElementCollection
    @CollectionTable(name = "registration_question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "label", nullable = false, length = OPTION_MAX)
    private List<String> options = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected RegistrationQuestion() {
    }

    RegistrationQuestion(long seminarId, int position, QuestionForm clean, Instant now) {
        this.seminarId = seminarId;
        this.position = position;
        this.createdAt = now;
        apply(clean, now);
    }

    void apply(QuestionForm clean, Instant now) {
        kind = clean.kind();
        label = clean.label();
        required = clean.required();
        options.clear();
        options.addAll(clean.options());
        updatedAt = now;
    }

    void moveTo(int position, Instant now) {
        this.position = position;
        updatedAt = now;
    }

    /** Checks and normalises what an organiser typed, whatever the UI already checked. */
    static QuestionForm validate(QuestionForm f) {
        if (f == null || f.kind() == null) {
            throw ConveneException.onField("kind", "validation.required");
        }
        var label = Validation.requireLine(f.label(), "label", LABEL_MAX);
        var options = new LinkedHashSet<String>();
        if (f.kind().hasOptions()) {
            for (var raw : f.options() == null ? List.<String>of() : f.options()) {
                var option = Validation.optionalLine(raw, "options", OPTION_MAX);
                if (option.isEmpty()) {
                    continue;
                }
                if (!options.add(option)) {
                    throw ConveneException.onField("options", "question.options.duplicate", option);
                }
            }
            if (options.size() < 2) {
                throw ConveneException.onField("options", "question.options.too-few");
            }
            if (options.size() > OPTIONS_MAX) {
                throw ConveneException.onField("options", "question.options.too-many", OPTIONS_MAX);
            }
        }
        return new QuestionForm(f.kind(), label, f.required(), List.copyOf(options));
    }

    /** The form field name a refusal about this question's answer is put on. */
    public String field() {
        return field(getId());
    }

    static String field(long questionId) {
        return "question-" + questionId;
    }

    /**
     * The stored form of an answer ("" for none): text trimmed and bounded, options among this
     * question's options (one per line for a multiple choice), yes/no as "yes" or "no".
     */
    String normalise(List<String> raw) {
        var values = raw == null ? List.<String>of() : raw.stream().filter(v -> v != null && !v.isBlank()).toList();
        var answer = switch (kind) {
            case SHORT_TEXT -> Validation.optionalLine(values.isEmpty() ? "" : values.getFirst(), field(), SHORT_ANSWER_MAX);
            case LONG_TEXT -> Validation.optionalText(values.isEmpty() ? "" : values.getFirst(), field(), LONG_ANSWER_MAX);
            case YES_NO -> {
                var v = values.isEmpty() ? "" : values.getFirst().strip().toLowerCase(java.util.Locale.ROOT);
                if (!v.isEmpty() && !v.equals(YES) && !v.equals(NO)) {
                    throw ConveneException.onField(field(), "question.answer.not-an-option");
                }
                yield v;
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (kind == QuestionKind.SINGLE_CHOICE && values.size() > 1) {
                    throw ConveneException.onField(field(), "question.answer.one-only");
                }
                var chosen = new LinkedHashSet<String>();
                for (var v : values) {
                    if (!options.contains(v.strip())) {
                        throw ConveneException.onField(field(), "question.answer.not-an-option");
                    }
                    chosen.add(v.strip());
                }
                // Kept in the options' order, whatever order they came in.
                yield String.join("\n", options.stream().filter(chosen::contains).toList());
            }
        };
        if (required && answer.isEmpty()) {
            throw ConveneException.onField(field(), "validation.required");
        }
        return answer;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getOptions() {
        return List.copyOf(options);
    }
}
