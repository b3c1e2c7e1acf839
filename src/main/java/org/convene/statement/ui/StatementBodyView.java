package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.base.ui.Limits;
import org.convene.statement.Presence;
import org.convene.statement.SectionView;
import org.convene.statement.StatementBody;
import org.convene.statement.StatementSection;

/**
 * The body of the open statement: sections and their paragraph cards. Reloading keeps each card (so
 * a paragraph being edited keeps its text) and only puts it where the database now has it.
 */
class StatementBodyView extends Div {

    private final HistoryDialogs history;
    private final Map<Long, ParagraphCard> cards = new HashMap<>();
    private EditorContext ctx;
    private StatementBody current;

    StatementBodyView(HistoryDialogs history) {
        this.history = history;
        setId("statement-body");
        addClassName("statement-body");
    }

    void setContext(EditorContext ctx) {
        this.ctx = ctx;
        cards.clear();
        ctx.setMoves(new EditorContext.MoveHandler() {
            @Override
            public void move(ParagraphCard card, int direction) {
                StatementBodyView.this.move(card, direction);
            }

            @Override
            public void addBelow(ParagraphCard card) {
                StatementBodyView.this.addBelow(card.paragraph().sectionId(), card.paragraph().position() + 1);
            }
        });
    }

    /** The cards on screen, by paragraph id (tests). */
    Map<Long, ParagraphCard> cards() {
        return cards;
    }

    StatementBody current() {
        return current;
    }

    void load() {
        current = ctx.paragraphs().body(ctx.statement().id());
        removeAll();
        var seen = new java.util.HashSet<Long>();
        for (var section : current.sections()) {
            add(section(section));
            for (var p : section.paragraphs()) {
                seen.add(p.id());
                var card = cards.get(p.id());
                if (card == null) {
                    card = new ParagraphCard(ctx, p);
                    cards.put(p.id(), card);
                } else {
                    card.update(p);
                }
                add(card);
            }
            if (ctx.mayEdit()) {
                var addHere = new Button(getTranslation("statement.paragraph.add"), VaadinIcon.PLUS.create(),
                        e -> addBelow(section.id(), section.paragraphs().size() + 1));
                addHere.setId("section-" + section.id() + "-add-paragraph");
                addHere.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                addHere.addClassName("statement-add");
                add(addHere);
            }
        }
        cards.keySet().removeIf(id -> !seen.contains(id));
        if (ctx.mayEdit()) {
            var addSection = new Button(getTranslation("statement.section.add"), VaadinIcon.PLUS_SQUARE_O.create(),
                    e -> ctx.run(() -> ctx.structure().addSection(ctx.statement().id(), current.sections().size() + 1, "")));
            addSection.setId("statement-add-section");
            addSection.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
            add(addSection);
        }
    }

    /** After a paragraph's text was saved: only that paragraph is read again (all of the body if it is not on screen). */
    void reload(Long paragraphId) {
        var card = paragraphId == null ? null : cards.get(paragraphId);
        if (card == null) {
            load();
            return;
        }
        var fresh = ctx.paragraphs().paragraph(paragraphId);
        if (fresh.sectionId() != card.paragraph().sectionId() || fresh.position() != card.paragraph().position() || fresh.position() == 0) {
            load();
            return;
        }
        card.update(fresh);
    }

    void showLocks(List<Presence> others) {
        var byParagraph = new HashMap<Long, Presence>();
        others.stream().filter(p -> p.editingParagraphId() != null).forEach(p -> byParagraph.put(p.editingParagraphId(), p));
        cards.forEach((id, card) -> card.showLock(byParagraph.get(id)));
    }

    void showHistory(ParagraphCard card) {
        history.paragraph(this, ctx, card.paragraph().id(), () -> ctx.run(() -> { }));
    }

    private Div section(SectionView section) {
        var block = new Div();
        block.setId("section-" + section.id());
        block.addClassName("statement-section");
        var title = new H3(section.title().isBlank() ? getTranslation("statement.section.untitled", section.position()) : section.title());
        title.addClassName(section.title().isBlank() ? "statement-section-untitled" : "statement-section-title");
        block.add(title);
        if (ctx.mayEdit()) {
            var tools = new Div(
                    tool(VaadinIcon.PENCIL, "statement.section.rename", "section-" + section.id() + "-rename", () -> rename(section)),
                    tool(VaadinIcon.ARROW_UP, "statement.section.up", "section-" + section.id() + "-up",
                            () -> ctx.run(() -> ctx.structure().moveSection(section.id(), section.position() - 1))),
                    tool(VaadinIcon.ARROW_DOWN, "statement.section.down", "section-" + section.id() + "-down",
                            () -> ctx.run(() -> ctx.structure().moveSection(section.id(), section.position() + 1))),
                    tool(VaadinIcon.TRASH, "statement.section.delete", "section-" + section.id() + "-delete", () -> confirmDelete(section)));
            tools.addClassName("statement-section-tools");
            block.add(tools);
        }
        return block;
    }

    private void move(ParagraphCard card, int direction) {
        var p = card.paragraph();
        var sections = current.sections();
        var index = -1;
        for (var i = 0; i < sections.size(); i++) {
            if (sections.get(i).id() == p.sectionId()) {
                index = i;
            }
        }
        if (index < 0) {
            return;
        }
        var section = sections.get(index);
        if (direction < 0 && p.position() == 1) {
            if (index > 0) {
                var previous = sections.get(index - 1);
                ctx.run(() -> ctx.structure().moveParagraph(p.id(), previous.id(), previous.paragraphs().size() + 1));
            }
            return;
        }
        if (direction > 0 && p.position() == section.paragraphs().size()) {
            if (index < sections.size() - 1) {
                var next = sections.get(index + 1);
                ctx.run(() -> ctx.structure().moveParagraph(p.id(), next.id(), 1));
            }
            return;
        }
        ctx.run(() -> ctx.structure().moveParagraph(p.id(), section.id(), p.position() + direction));
    }

    private void addBelow(long sectionId, int position) {
        var id = new long[1];
        ctx.run(() -> id[0] = ctx.structure().addParagraph(sectionId, position, ""));
        var card = cards.get(id[0]);
        if (card != null) {
            card.startEditing();
        }
    }

    private void rename(SectionView section) {
        var dialog = new Dialog();
        dialog.setId("section-rename-dialog");
        dialog.setHeaderTitle(getTranslation("statement.section.rename"));
        var field = new TextField(getTranslation("statement.section.title"));
        field.setId("section-rename-field");
        Limits.limit(field, StatementSection.TITLE_MAX);
        field.setValue(section.title());
        field.setWidthFull();
        var save = new Button(getTranslation("action.save"), e -> {
            dialog.close();
            ctx.run(() -> ctx.structure().renameSection(section.id(), field.getValue()));
        });
        save.setId("section-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(SectionView section) {
        var dialog = new ConfirmDialog();
        dialog.setId("statement-delete-confirm");
        dialog.setHeader(getTranslation("statement.section.delete.title"));
        dialog.setText(getTranslation("statement.section.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> ctx.run(() -> ctx.structure().deleteSection(section.id())));
        dialog.open();
    }

    private Button tool(VaadinIcon icon, String key, String id, Runnable action) {
        var b = new Button(icon.create(), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        return b;
    }
}
