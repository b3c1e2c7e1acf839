package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;
import org.convene.statement.HistoryService;
import org.convene.statement.ParagraphConflictException;
import org.convene.statement.ParagraphService;
import org.convene.statement.WordDiff;

/** A paragraph's versions, newest first, each with its word differences; editors restore one as a new version. */
@SpringComponent
@UIScope
class HistoryDialogs {

    private final HistoryService history;
    private final ParagraphService paragraphs;

    HistoryDialogs(HistoryService history, ParagraphService paragraphs) {
        this.history = history;
        this.paragraphs = paragraphs;
    }

    Dialog paragraph(Component owner, EditorContext ctx, long paragraphId, Runnable afterRestore) {
        var dialog = new Dialog();
        dialog.setId("paragraph-history");
        dialog.setHeaderTitle(owner.getTranslation("statement.history.paragraph"));
        dialog.setWidth("min(100vw, 48rem)");
        var list = new Div();
        list.addClassName("statement-history-list");
        var revisions = history.paragraphHistory(paragraphId);
        var current = revisions.isEmpty() ? 0 : revisions.getLast().version();
        for (var r : revisions.reversed()) {
            var entry = new Div();
            entry.setId("revision-" + r.id());
            entry.addClassName("statement-history-entry");
            var line = new Span(owner.getTranslation("statement.history.entry", r.version(),
                    owner.getTranslation("statement.kind." + r.kind()),
                    r.authorName() == null ? owner.getTranslation("statement.someone") : r.authorName(), ctx.when(r.at())));
            line.addClassName("statement-meta");
            entry.add(line);
            if (r.creditedToName() != null) {
                var credit = new Span(owner.getTranslation("statement.history.credited", r.creditedToName()));
                credit.addClassName("statement-meta");
                entry.add(credit);
            }
            entry.add(DiffText.of(WordDiff.of(r.textBefore(), r.textAfter())));
            if (ctx.mayEdit() && r.version() != current && !"DELETED".equals(r.kind())) {
                var restore = new Button(owner.getTranslation("statement.history.restore"), e -> {
                    try {
                        paragraphs.restore(paragraphId, r.id(), current);
                        Notifications.success(owner.getTranslation("statement.history.restored", r.version()));
                    } catch (ParagraphConflictException conflict) {
                        Notifications.warning(owner.getTranslation("statement.error.conflict"));
                    } catch (ConveneException refused) {
                        Notifications.refused(owner, refused);
                    }
                    dialog.close();
                    afterRestore.run();
                });
                restore.setId("revision-" + r.id() + "-restore");
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                entry.add(restore);
            }
            list.add(entry);
        }
        dialog.add(list);
        var close = new Button(owner.getTranslation("action.close"), e -> dialog.close());
        close.setId("paragraph-history-close");
        dialog.getFooter().add(close);
        dialog.open();
        return dialog;
    }
}
