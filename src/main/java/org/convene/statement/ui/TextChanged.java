package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * Fired by a {@link StatementPanel}'s component when the viewer's own action there changed the text
 * of a paragraph (a proposal accepted): the page around it shows the new text in the same round trip.
 * The change feed tells the page too, but later and on another thread, so a page that waited for it
 * would answer the click with the old text.
 */
public final class TextChanged extends ComponentEvent<Component> {

    private final long paragraphId;

    public TextChanged(Component source, long paragraphId) {
        super(source, false);
        this.paragraphId = paragraphId;
    }

    public long paragraphId() {
        return paragraphId;
    }
}
