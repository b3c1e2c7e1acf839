package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiConsumer;
import org.convene.base.ui.Limits;
import org.convene.statement.ParagraphConflictException;
import org.convene.statement.StatementParagraph;
import org.convene.statement.WordDiff;

/**
 * Shown when a save met a newer version: the author's text (editable, to merge) beside the current
 * one, with the word differences between them marked. "Save my text" saves the (merged) text on top
 * of the current version; "Take the current text" drops the author's.
 */
class ConflictDialog extends Dialog {

    final TextArea mine = new TextArea();
    final Div current = new Div();
    final Div differences = new Div();
    final Button saveMine = new Button();
    final Button takeCurrent = new Button();
    private long currentVersion;
    private String currentText;

    /**
     * @param onSave   called with (text, base version) to save; it may open this dialog again on a new conflict
     * @param onTake   called with (current text, current version) when the author takes the current text
     */
    ConflictDialog(String myText, ParagraphConflictException conflict, String currentAuthor,
                   BiConsumer<String, Long> onSave, BiConsumer<String, Long> onTake) {
        setId("statement-conflict");
        setHeaderTitle(getTranslation("statement.conflict.title"));
        setWidth("min(100vw, 60rem)");
        var intro = new Paragraph(getTranslation("statement.conflict.intro", conflict.getCurrentVersion(),
                currentAuthor == null ? "?" : currentAuthor));
        mine.setId("statement-conflict-mine");
        mine.setLabel(getTranslation("statement.conflict.mine"));
        Limits.limit(mine, StatementParagraph.TEXT_MAX);
        mine.setWidthFull();
        mine.setMinHeight("10rem");
        mine.setValueChangeMode(ValueChangeMode.LAZY);
        mine.setValue(myText);
        mine.addValueChangeListener(e -> showDifferences());
        current.setId("statement-conflict-current");
        current.addClassName("statement-conflict-current");
        differences.setId("statement-conflict-diff");
        var left = new Div(mine);
        left.addClassName("statement-conflict-column");
        var right = new Div(new H4(getTranslation("statement.conflict.current")), current,
                new H4(getTranslation("statement.conflict.differences")), differences);
        right.addClassName("statement-conflict-column");
        var columns = new Div(left, right);
        columns.addClassName("statement-conflict-columns");
        add(intro, columns);

        saveMine.setId("statement-conflict-save");
        saveMine.setText(getTranslation("statement.conflict.save-mine"));
        saveMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMine.addClickListener(e -> {
            close();
            onSave.accept(mine.getValue(), currentVersion);
        });
        takeCurrent.setId("statement-conflict-take");
        takeCurrent.setText(getTranslation("statement.conflict.take-current"));
        takeCurrent.addClickListener(e -> {
            close();
            onTake.accept(currentText, currentVersion);
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, takeCurrent, saveMine);
        update(conflict);
    }

    private void update(ParagraphConflictException conflict) {
        currentVersion = conflict.getCurrentVersion();
        currentText = conflict.getCurrentText();
        current.setText(currentText);
        showDifferences();
    }

    private void showDifferences() {
        differences.removeAll();
        differences.add(DiffText.of(WordDiff.of(currentText, mine.getValue())));
    }
}
