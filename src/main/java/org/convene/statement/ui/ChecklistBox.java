package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Notifications;
import org.convene.statement.CheckAnswer;
import org.convene.statement.ChecklistAnswerService;
import org.convene.statement.ChecklistDefinition;
import org.convene.statement.ChecklistService;
import org.convene.statement.StatementChecklist;
import org.convene.statement.StatementLive;

/**
 * The statement's review checklist: the lead drafter (or an organiser) attaches one; the team answers
 * each item yes / no / not applicable with a note; guidance under each question. Unanswered items are
 * counted at the top: freezing is refused until there are none.
 */
class ChecklistBox extends VerticalLayout {

    final Select<ChecklistDefinition> attach = new Select<>();
    final Span progress = new Span();
    private final Div rows = new Div();
    private final transient ChecklistAnswerService answers;
    private final long statementId;
    private final boolean canAttach;

    ChecklistBox(ChecklistAnswerService answers, ChecklistService checklists, StatementLive live, long statementId,
                 boolean canAttach) {
        this.answers = answers;
        this.statementId = statementId;
        this.canAttach = canAttach;
        setId("review-checklist");
        setPadding(false);
        addClassName("statement-review-checklist");
        progress.setId("review-checklist-progress");
        progress.addClassName("statement-review-count");
        if (canAttach) {
            attach.setId("review-checklist-attach");
            attach.setLabel(getTranslation("statement.review.checklist.attach"));
            attach.setItems(checklists.choices());
            attach.setItemLabelGenerator(c -> c == null ? getTranslation("statement.review.checklist.no-checklist") : c.title());
            attach.setEmptySelectionAllowed(true);
            attach.setEmptySelectionCaption(getTranslation("statement.review.checklist.no-checklist"));
            attach.setWidthFull();
            add(attach);
        }
        add(progress, rows);
        LiveUpdates.follow(this, live, statementId, change -> {
            if (java.util.Set.of("CHECKLIST", "STATUS").contains(change.kind())) {
                refresh();
            }
        });
        refresh();
        if (canAttach) {
            attach.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                Notifications.attempt(this, () -> answers.attach(statementId, e.getValue() == null ? null : e.getValue().id()));
                refresh();
            });
        }
    }

    void refresh() {
        rows.removeAll();
        var state = answers.checklist(statementId).orElse(null);
        if (canAttach) {
            attach.setValue(state == null ? null : attach.getListDataView().getItems()
                    .filter(c -> c.id() == state.checklist().id()).findFirst().orElse(null));
        }
        if (state == null) {
            progress.setText(getTranslation("statement.review.checklist.none-attached"));
            return;
        }
        progress.setText(getTranslation("statement.review.checklist.progress", state.rows().size() - state.unanswered(),
                state.rows().size()));
        if (!state.checklist().description().isBlank()) {
            var d = new Paragraph(state.checklist().description());
            d.addClassName("convene-prewrap");
            rows.add(d);
        }
        state.rows().forEach(r -> rows.add(row(state, r)));
    }

    private Div row(StatementChecklist state, StatementChecklist.Row r) {
        var box = new Div();
        box.addClassName("statement-review-check");
        box.setId("review-check-" + r.item().position());
        if (r.answer() == null) {
            box.addClassName("unanswered");
        }
        var q = new Paragraph(r.item().position() + ". " + r.item().question());
        q.addClassName("question");
        box.add(q);
        if (!r.item().guidance().isBlank()) {
            var guidance = new Paragraph(r.item().guidance());
            guidance.addClassName("convene-prewrap");
            var details = new Details(getTranslation("statement.review.checklist.guidance"), guidance);
            box.add(details);
        }
        var choice = new RadioButtonGroup<CheckAnswer>();
        choice.setId("review-check-answer-" + r.item().position());
        choice.setItems(CheckAnswer.values());
        choice.setItemLabelGenerator(a -> getTranslation("statement.review.checklist.answer." + a.name()));
        choice.setValue(r.answer());
        var note = new TextArea();
        note.setId("review-check-note-" + r.item().position());
        note.setPlaceholder(getTranslation("statement.review.checklist.note"));
        Limits.limit(note, 2000);
        note.setWidthFull();
        note.setValue(r.note() == null ? "" : r.note());
        var save = new Button(getTranslation("action.save"), e -> {
            if (!Notifications.attempt(this, () -> answers.answer(statementId, r.item().id(), choice.getValue(), note.getValue()))) {
                return;
            }
            Notifications.success(getTranslation("statement.review.checklist.saved"));
            refresh();
        });
        save.setId("review-check-save-" + r.item().position());
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var readOnly = !state.canAnswer();
        choice.setReadOnly(readOnly);
        note.setReadOnly(readOnly);
        box.add(choice, note);
        if (!readOnly) {
            box.add(save);
        }
        if (r.answeredBy() != null) {
            var meta = new Span(getTranslation("statement.review.checklist.answered-by", r.answeredBy(),
                    ReviewUi.when(r.answeredAt(), getLocale())));
            meta.addClassName("meta");
            box.add(meta);
        }
        return box;
    }
}
