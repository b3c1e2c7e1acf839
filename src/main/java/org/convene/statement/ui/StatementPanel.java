package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.convene.statement.StatementSummary;

/**
 * A panel in the side area of the statement editor (shown as a tab: history comes from drafting;
 * comments, proposals, checklist and sign-off from the review part), without the editor knowing
 * the code behind it. Implement it as a Spring bean; the editor collects every bean and shows the
 * panels by {@link #order()}.
 *
 * <p>{@link #create} runs on the UI thread each time the editor opens a statement, with the viewer's
 * security context, and must return a new component each time. Return {@link Optional#empty()}
 * when the panel has nothing for this statement or viewer. A component may follow the statement
 * with {@link org.convene.statement.StatementLive} (see {@link LiveUpdates}) and must stop when
 * detached. When the viewer's own action in the panel changes a paragraph's text, the component fires
 * {@link TextChanged} so the page shows it at once, without waiting for the change feed.
 */
public interface StatementPanel {

    /** Lower first. */
    int order();

    /** Stable id of the tab (also used for {@code setId}). */
    String id();

    /** Translation key of the tab's title. */
    String titleKey();

    Optional<Component> create(StatementSummary statement);
}
