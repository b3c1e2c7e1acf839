package org.convene.statement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.Set;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.convene.statement.HistoryService;
import org.convene.statement.ParagraphService;
import org.convene.statement.ParagraphView;
import org.convene.statement.StatementForm;
import org.convene.statement.StatementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StatementStructureViewTest extends KaribuTest {

    @Autowired
    StatementService statements;
    @Autowired
    ParagraphService paragraphs;
    @Autowired
    HistoryService history;
    @Autowired
    NetworkService network;

    @Test
    void an_editor_adds_moves_and_deletes_paragraphs_and_restores_an_earlier_text() {
        var organiser = aUser("Structure Organiser", Role.ORGANISER);
        var lead = aUser("Structure Lead", Role.EXPERT);
        var reviewer = aUser("Structure Reviewer", Role.EXPERT);
        super.signIn(organiser);
        var group = network.create(new GroupForm("Structure " + UUID.randomUUID(), GroupKind.NETWORK, "", idOf(lead)));
        network.addMember(group, idOf(reviewer));
        super.signIn(lead);
        var id = statements.create(new StatementForm("Structure", null, group, "en", idOf(lead), Set.of(), Set.of(idOf(reviewer))));
        var publicId = statements.summary(id).publicId();
        var first = paragraphs.body(id).paragraphs().findFirst().orElseThrow().id();
        paragraphs.save(first, 1, "First wording.");
        paragraphs.save(first, 2, "Second wording.");

        signIn(lead);
        UI.getCurrent().navigate(StatementEditorView.class, new RouteParameters(StatementEditorView.PUBLIC_ID, publicId));
        // Add a paragraph below the first: it opens for writing.
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + first + "-add")));
        var second = paragraphs.body(id).paragraphs().filter(p -> p.id() != first).findFirst().orElseThrow().id();
        _setValue(_get(TextArea.class, spec -> spec.withId("paragraph-" + second + "-editor")), "Added below.");
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + second + "-save")));
        // Move it up: it comes first.
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + second + "-up")));
        assertThat(paragraphs.body(id).paragraphs().map(ParagraphView::id).toList()).containsExactly(second, first);
        // Restore the first wording from the paragraph's history.
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + first + "-history")));
        var firstWording = history.paragraphHistory(first).get(1).id();
        _click(_get(Button.class, spec -> spec.withId("revision-" + firstWording + "-restore")));
        assertThat(paragraphs.paragraph(first).text()).isEqualTo("First wording.");
        assertThat(_get(Div.class, spec -> spec.withId("paragraph-" + first + "-text")).getElement().getProperty("innerHTML"))
                .contains("First wording.");
        // Delete the added one after confirming.
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + second + "-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(paragraphs.body(id).paragraphs().map(ParagraphView::id).toList()).containsExactly(first);
        assertThat(paragraphs.body(id).paragraphs().findFirst().orElseThrow().position()).isEqualTo(1);

        // A reviewer reads, with history, but has no editing tools.
        signIn(reviewer);
        UI.getCurrent().navigate(StatementEditorView.class, new RouteParameters(StatementEditorView.PUBLIC_ID, publicId));
        _get(Button.class, spec -> spec.withId("paragraph-" + first + "-history"));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("paragraph-" + first + "-edit"));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("statement-add-section"));
    }
}
