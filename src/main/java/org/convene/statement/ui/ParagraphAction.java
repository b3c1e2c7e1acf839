package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.convene.statement.ParagraphView;
import org.convene.statement.StatementSummary;

/**
 * Something shown on each paragraph of the statement editor, beside the drafting buttons (for
 * example "3 comments" or "Propose a change" from the review part). Spring beans, shown by
 * {@link #order()}. {@link #create} runs on the UI thread with the viewer's security context each
 * time the paragraph is drawn (again after each change of that paragraph) and returns a new
 * component, or {@link Optional#empty()} for nothing.
 */
public interface ParagraphAction {

    /** Lower first. */
    int order();

    Optional<Component> create(StatementSummary statement, ParagraphView paragraph);
}
