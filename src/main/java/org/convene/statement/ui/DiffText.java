package org.convene.statement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.convene.statement.WordDiff;

/** Word differences as text: removed words struck through, added ones marked (plain text, no HTML injection). */
final class DiffText {

    private DiffText() {
    }

    static Div of(List<WordDiff.Segment> segments) {
        var div = new Div();
        div.addClassName("statement-diff");
        for (var s : segments) {
            var span = new Span(s.text());
            switch (s.kind()) {
                case REMOVED -> span.addClassName("statement-diff-removed");
                case ADDED -> span.addClassName("statement-diff-added");
                default -> { }
            }
            div.add(span);
        }
        return div;
    }
}
