package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Duration;
import org.convene.base.ui.Limits;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;
import org.convene.statement.Markdown;
import org.convene.statement.ParagraphConflictException;
import org.convene.statement.ParagraphView;
import org.convene.statement.Presence;
import org.convene.statement.StatementParagraph;

/**
 * One paragraph in the editor: its rendered Markdown with its tools, or, while editing, the text
 * beside a live preview. Saving names the version editing started from; a conflict opens the
 * {@link ConflictDialog}. A newer version saved meanwhile by someone else replaces the text shown
 * unless this person is editing it (then a notice says so, and the save will compare).
 */
class ParagraphCard extends Div {

    private static final long TYPING_REFRESH_NANOS = Duration.ofSeconds(20).toNanos();

    final TextArea editor = new TextArea();
    final Div preview = new Div();
    final Div rendered = new Div();
    final Div lock = new Div();
    final Div notice = new Div();
    final Button edit = new Button();
    final Button save = new Button();
    final Button cancel = new Button();
    private final EditorContext ctx;
    private ParagraphView paragraph;
    private boolean editing;
    private long baseVersion;
    private long lastTyping = System.nanoTime() - TYPING_REFRESH_NANOS;

    ParagraphCard(EditorContext ctx, ParagraphView paragraph) {
        this.ctx = ctx;
        this.paragraph = paragraph;
        setId("paragraph-" + paragraph.id());
        addClassName("statement-paragraph");
        rendered.addClassName("statement-markdown");
        rendered.setId("paragraph-" + paragraph.id() + "-text");
        preview.addClassNames("statement-markdown", "statement-preview");
        preview.setId("paragraph-" + paragraph.id() + "-preview");
        lock.addClassName("statement-lock");
        lock.setId("paragraph-" + paragraph.id() + "-lock");
        notice.addClassName("statement-notice");
        notice.setId("paragraph-" + paragraph.id() + "-notice");
        editor.setId("paragraph-" + paragraph.id() + "-editor");
        Limits.limit(editor, StatementParagraph.TEXT_MAX);
        editor.setWidthFull();
        editor.setLabel(getTranslation("statement.paragraph.markdown"));
        Limits.help(editor, getTranslation("statement.paragraph.markdown-help"));
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setValueChangeTimeout(300);
        editor.addValueChangeListener(e -> {
            preview.getElement().setProperty("innerHTML", Markdown.toHtml(e.getValue()));
            typing();
        });
        edit.setId("paragraph-" + paragraph.id() + "-edit");
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setText(getTranslation("action.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClickListener(e -> startEditing());
        save.setId("paragraph-" + paragraph.id() + "-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> save(editor.getValue(), baseVersion));
        cancel.setId("paragraph-" + paragraph.id() + "-cancel");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> stopEditing());
        draw();
    }

    ParagraphView paragraph() {
        return paragraph;
    }

    boolean isEditing() {
        return editing;
    }

    /** A newer state from the database (after a live change). */
    void update(ParagraphView newer) {
        var changed = newer.version() != paragraph.version() || newer.position() != paragraph.position()
                || newer.sectionId() != paragraph.sectionId();
        paragraph = newer;
        if (editing) {
            notice.setVisible(newer.version() != baseVersion);
            notice.setText(getTranslation("statement.paragraph.changed-meanwhile", ctx.name(newer.updatedBy()), newer.version()));
        } else if (changed) {
            draw();
        }
    }

    /** Who else edits this paragraph now (soft lock; never blocks a save). */
    void showLock(Presence other) {
        lock.setVisible(other != null);
        if (other != null) {
            lock.setText(getTranslation("statement.paragraph.locked", other.name()));
        }
    }

    void startEditing() {
        editing = true;
        baseVersion = paragraph.version();
        editor.setValue(paragraph.text());
        preview.getElement().setProperty("innerHTML", Markdown.toHtml(paragraph.text()));
        notice.setVisible(false);
        ctx.editing(paragraph.id());
        draw();
        editor.focus();
    }

    private void stopEditing() {
        editing = false;
        ctx.editing(null);
        draw();
    }

    private void typing() {
        var now = System.nanoTime();
        if (now - lastTyping > TYPING_REFRESH_NANOS) {
            lastTyping = now;
            ctx.editing(paragraph.id());
        }
    }

    void save(String text, long base) {
        try {
            ctx.paragraphs().save(paragraph.id(), base, text);
            editing = false;
            ctx.editing(null);
            paragraph = ctx.paragraphs().paragraph(paragraph.id());
            draw();
            Notifications.success(getTranslation("statement.paragraph.saved", paragraph.version()));
        } catch (ParagraphConflictException conflict) {
            new ConflictDialog(text, conflict, ctx.name(conflict.getCurrentAuthorId()),
                    this::save,
                    (currentText, currentVersion) -> {
                        editing = false;
                        ctx.editing(null);
                        paragraph = ctx.paragraphs().paragraph(paragraph.id());
                        draw();
                    }).open();
        } catch (ConveneException refused) {
            Notifications.refused(this, refused);
        }
    }

    private void draw() {
        removeAll();
        removeClassName("statement-paragraph-editing");
        if (editing) {
            addClassName("statement-paragraph-editing");
            var columns = new Div(editor, preview);
            columns.addClassName("statement-edit-columns");
            var buttons = new Div(cancel, save);
            buttons.addClassName("statement-paragraph-tools");
            add(notice, columns, buttons);
            return;
        }
        rendered.getElement().setProperty("innerHTML", paragraph.text().isBlank()
                ? "<p class=\"statement-empty\">" + escape(getTranslation("statement.paragraph.empty")) + "</p>"
                : Markdown.toHtml(paragraph.text()));
        var meta = new Span(getTranslation("statement.paragraph.meta", paragraph.version(), ctx.name(paragraph.updatedBy()),
                ctx.when(paragraph.updatedAt())));
        meta.addClassName("statement-meta");
        var tools = new Div();
        tools.addClassName("statement-paragraph-tools");
        if (ctx.mayEdit()) {
            tools.add(edit);
            ctx.paragraphTools(this).forEach(tools::add);
        } else {
            tools.add(ctx.historyButton(this));
        }
        ctx.actions(paragraph).forEach(tools::add);
        add(lock, rendered, meta, tools);
    }

    void confirmDelete() {
        var dialog = new ConfirmDialog();
        dialog.setId("statement-delete-confirm");
        dialog.setHeader(getTranslation("statement.paragraph.delete.title"));
        dialog.setText(getTranslation("statement.paragraph.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> ctx.run(() -> ctx.structure().deleteParagraph(paragraph.id())));
        dialog.open();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
