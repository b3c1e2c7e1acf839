package org.convene.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.account.Roles;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.registration.QuestionForm;
import org.convene.registration.QuestionKind;
import org.convene.registration.Question;
import org.convene.registration.QuestionService;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;

/**
 * An organiser's list of a seminar's additional registration questions: add, edit, reorder and
 * remove. Questions that have answers can only be moved (see {@link QuestionService}). A seminar
 * has at most {@link QuestionService#QUESTIONS_MAX} questions, so the grid holds them all.
 */
@Route("organiser/seminars/:id/questions")
@RolesAllowed(Roles.ORGANISER)
public class QuestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Question> grid = new Grid<>();
    final Select<QuestionKind> kind = new Select<>();
    final TextField label = new TextField();
    final Checkbox required = new Checkbox();
    final TextArea options = new TextArea();
    final Button save = new Button();
    final Button reset = new Button();
    private final H3 formTitle = new H3();
    private final FormErrors errors = new FormErrors(this);
    /** Kind, label and options: every problem at once on its field; the service checks again. */
    private final Binder<Draft> binder = new Binder<>();
    private boolean triedSaving;

    private final transient QuestionService questions;
    private final transient SeminarService seminars;
    private SeminarDetails seminar;
    private Long editing;

    QuestionsView(QuestionService questions, SeminarService seminars) {
        this.questions = questions;
        this.seminars = seminars;
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seminar = SeminarRoute.seminar(event, seminars).orElse(null);
        if (seminar == null) {
            return;
        }
        removeAll();
        build();
    }

    private void build() {
        var title = new H2(getTranslation("questions.title", seminar.title()));
        var help = new Paragraph(getTranslation("questions.help"));
        var participants = new RouterLink(getTranslation("questions.participants"), ParticipantsView.class,
                new RouteParameters("id", String.valueOf(seminar.id())));

        grid.setId("questions-grid");
        grid.addColumn(Question::position).setHeader("#").setKey("position").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Question::label).setHeader(getTranslation("questions.label")).setKey("label").setFlexGrow(3);
        grid.addColumn(q -> getTranslation("question.kind." + q.kind().name())).setHeader(getTranslation("questions.kind"))
                .setKey("kind");
        grid.addColumn(q -> getTranslation(q.required() ? "questions.required.yes" : "questions.required.no"))
                .setHeader(getTranslation("questions.required")).setKey("required");
        grid.addColumn(q -> String.join(" · ", q.options())).setHeader(getTranslation("questions.options")).setKey("options")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("questions.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        kind.setId("question-kind");
        kind.setLabel(getTranslation("questions.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("question.kind." + k.name()));
        kind.addValueChangeListener(e -> options.setVisible(e.getValue() != null && e.getValue().hasOptions()));
        label.setId("question-label");
        label.setLabel(getTranslation("questions.label"));
        Limits.limit(label, Question.LABEL_MAX);
        label.setRequiredIndicatorVisible(true);
        required.setId("question-required");
        required.setLabel(getTranslation("questions.required.label"));
        options.setId("question-options");
        options.setLabel(getTranslation("questions.options"));
        options.setHelperText(getTranslation("questions.options.help", Question.OPTIONS_MAX));
        save.setId("question-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        reset.setId("question-new");
        reset.setText(getTranslation("questions.new"));
        reset.addClickListener(e -> edit(null));
        errors.field("kind", kind).field("label", label).field("options", options);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(kind).withValidator(Rules.chosen(this)).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(label).withValidator(Rules.line(this, Question.LABEL_MAX, true))
                .bind(d -> d.label, (d, v) -> d.label = v);
        binder.forField(required).bind(d -> d.required, (d, v) -> d.required = v);
        binder.forField(options).withValidator((v, c) -> optionsProblem(v))
                .bind(d -> d.options, (d, v) -> d.options = v);
        kind.addValueChangeListener(e -> {
            if (triedSaving) {
                binder.validate();
            }
        });

        var form = new FormLayout(kind, label, required, options);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(label, 2);
        form.setColspan(options, 2);
        add(title, help, participants, grid, formTitle, form, new HorizontalLayout(save, reset));
        edit(null);
        refresh();
    }

    private HorizontalLayout actions(Question q) {
        var up = iconButton("question-up-" + q.id(), VaadinIcon.ARROW_UP, "questions.up", () -> run(() -> questions.move(q.id(), -1)));
        var down = iconButton("question-down-" + q.id(), VaadinIcon.ARROW_DOWN, "questions.down",
                () -> run(() -> questions.move(q.id(), 1)));
        var answered = q.answered();
        var edit = iconButton("question-edit-" + q.id(), VaadinIcon.EDIT, "questions.edit", () -> edit(q));
        var remove = iconButton("question-remove-" + q.id(), VaadinIcon.TRASH, "questions.remove", () -> {
            run(() -> questions.remove(q.id()));
            if (editing != null && q.id() == editing) {
                edit(null);
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        edit.setEnabled(!answered);
        remove.setEnabled(!answered);
        if (answered) {
            edit.setTooltipText(getTranslation("questions.answered"));
            remove.setTooltipText(getTranslation("questions.answered"));
        }
        var actions = new HorizontalLayout(up, down, edit, remove);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(String id, VaadinIcon icon, String labelKey, Runnable onClick) {
        var b = new Button(icon.create(), e -> onClick.run());
        b.setId(id);
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    void edit(Question q) {
        errors.clear();
        editing = q == null ? null : q.id();
        formTitle.setText(getTranslation(q == null ? "questions.add" : "questions.change"));
        save.setText(getTranslation(q == null ? "questions.add-button" : "questions.save"));
        triedSaving = false;
        var d = new Draft();
        d.kind = q == null ? QuestionKind.SHORT_TEXT : q.kind();
        d.label = q == null ? "" : q.label();
        d.required = q != null && q.required();
        d.options = q == null ? "" : String.join("\n", q.options());
        binder.readBean(d);
        options.setVisible(kind.getValue().hasOptions());
    }

    void save() {
        errors.clear();
        triedSaving = true;
        var d = new Draft();
        if (!binder.writeBeanIfValid(d)) {
            binder.validate();
            return;
        }
        var form = new QuestionForm(d.kind, d.label, d.required, Arrays.asList(d.options.split("\\R")));
        try {
            if (editing == null) {
                questions.add(seminar.id(), form);
            } else {
                questions.update(editing, form);
            }
        } catch (ConveneException e) {
            errors.show(e);
            return;
        }
        Notifications.success(getTranslation(editing == null ? "questions.added" : "questions.saved"));
        edit(null);
        refresh();
    }

    private void run(Runnable action) {
        if (Notifications.attempt(this, action)) {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(questions.questionsToManage(seminar.id()));
    }

    /** The service's rules for the options of a choice question (one a line), for the binder. */
    private com.vaadin.flow.data.binder.ValidationResult optionsProblem(String value) {
        if (kind.getValue() == null || !kind.getValue().hasOptions()) {
            return com.vaadin.flow.data.binder.ValidationResult.ok();
        }
        var seen = new java.util.LinkedHashSet<String>();
        for (var raw : value.split("\\R")) {
            var option = raw.strip();
            if (option.isEmpty()) {
                continue;
            }
            if (option.length() > Question.OPTION_MAX) {
                return com.vaadin.flow.data.binder.ValidationResult.error(
                        getTranslation("validation.too-long", Question.OPTION_MAX));
            }
            if (!seen.add(option)) {
                return com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("question.options.duplicate", option));
            }
        }
        if (seen.size() < 2) {
            return com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("question.options.too-few"));
        }
        if (seen.size() > Question.OPTIONS_MAX) {
            return com.vaadin.flow.data.binder.ValidationResult.error(
                    getTranslation("question.options.too-many", Question.OPTIONS_MAX));
        }
        return com.vaadin.flow.data.binder.ValidationResult.ok();
    }

    private static final class Draft {
        QuestionKind kind;
        String label = "";
        boolean required;
        String options = "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questions.page-title") + " | " + getTranslation("app.name");
    }
}
