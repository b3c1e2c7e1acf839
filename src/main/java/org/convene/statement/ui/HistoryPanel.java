package org.convene.statement.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Optional;
import org.convene.account.AccountService;
import org.convene.base.ui.Formats;
import org.convene.statement.HistoryService;
import org.convene.statement.RevisionView;
import org.convene.statement.StatementDiff;
import org.convene.statement.StatementSummary;
import org.springframework.data.domain.PageRequest;


/**
 * The editor's "History" panel: compare any two versions of the statement (a version is the state
 * after a saved change), word by word, paragraph by paragraph.
 */
@org.springframework.stereotype.Component
class HistoryPanel implements StatementPanel {

    private final HistoryService history;
    private final AccountService accounts;

    HistoryPanel(HistoryService history, AccountService accounts) {
        this.history = history;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String id() {
        return "history";
    }

    @Override
    public String titleKey() {
        return "statement.history.tab";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(StatementSummary statement) {
        var panel = new Div();
        panel.setId("statement-history-panel");
        panel.addClassName("statement-history-panel");
        var zone = org.convene.base.ui.Viewer.zone();
        var from = new ComboBox<RevisionView>(panel.getTranslation("statement.history.from"));
        var to = new ComboBox<RevisionView>(panel.getTranslation("statement.history.to"));
        from.setId("statement-history-from");
        to.setId("statement-history-to");
        for (var box : java.util.List.of(from, to)) {
            box.setItems(q -> history.statementHistory(statement.id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
            box.setItemLabelGenerator(r -> panel.getTranslation("statement.history.version", r.id(),
                    Formats.instant(r.at(), zone, com.vaadin.flow.component.UI.getCurrent().getLocale()),
                    r.authorName() == null ? panel.getTranslation("statement.someone") : r.authorName()));
            box.setWidthFull();
        }
        var result = new Div();
        result.setId("statement-history-result");
        var compare = new Button(panel.getTranslation("statement.history.compare"), e -> {
            result.removeAll();
            var a = from.getValue() == null ? 0L : from.getValue().id();
            var latest = history.statementHistory(statement.id(), PageRequest.of(0, 1)).stream().findFirst().map(RevisionView::id).orElse(0L);
            var b = to.getValue() == null ? latest : to.getValue().id();
            show(result, history.diff(statement.id(), Math.min(a, b), Math.max(a, b)));
        });
        compare.setId("statement-history-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var help = new Paragraph(panel.getTranslation("statement.history.help"));
        help.addClassName("statement-muted");
        panel.add(help, from, to, compare, result);
        // Versions are read when a list opens, so it always shows the latest ones (no work on each live change).
        for (var box : java.util.List.of(from, to)) {
            box.getElement().addPropertyChangeListener("opened", "opened-changed", e -> {
                if (box.isOpened()) {
                    box.getDataProvider().refreshAll();
                }
            });
        }
        return Optional.of(panel);
    }

    private static void show(Div result, StatementDiff diff) {
        if (!diff.changed()) {
            result.add(new Paragraph(result.getTranslation("statement.history.no-change")));
            return;
        }
        for (var p : diff.paragraphs()) {
            if (p.change() == StatementDiff.Change.SAME) {
                continue;
            }
            var label = new Span(result.getTranslation("statement.change." + p.change()));
            label.getElement().getThemeList().add("badge small " + switch (p.change()) {
                case ADDED -> "success";
                case REMOVED -> "error";
                default -> "contrast";
            });
            var entry = new Div(label, DiffText.of(p.segments()));
            entry.addClassName("statement-history-entry");
            result.add(entry);
        }
    }
}
