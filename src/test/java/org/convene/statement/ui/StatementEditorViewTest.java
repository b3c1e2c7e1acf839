package org.convene.statement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.convene.statement.HistoryService;
import org.convene.statement.ParagraphService;
import org.convene.statement.StatementForm;
import org.convene.statement.StatementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class StatementEditorViewTest extends KaribuTest {

    @Autowired
    StatementService statements;
    @Autowired
    ParagraphService paragraphs;
    @Autowired
    HistoryService history;
    @Autowired
    NetworkService network;
    @Autowired
    ApplicationContext context;

    String lead;
    String coAuthor;
    String stranger;
    long statementId;
    String publicId;
    long paragraphId;

    @BeforeEach
    void aStatement() {
        var organiser = aUser("Editor Organiser", Role.ORGANISER);
        lead = aUser("Amina Haddad", Role.EXPERT);
        coAuthor = aUser("Jonas Becker", Role.EXPERT);
        stranger = aUser("Olena Outsider", Role.EXPERT);
        super.signIn(organiser);
        var group = network.create(new GroupForm("SNP editor " + UUID.randomUUID(), GroupKind.NETWORK, "", idOf(lead)));
        network.addMember(group, idOf(coAuthor));
        super.signIn(lead);
        statementId = statements.create(new StatementForm("Palermo statement", null, group, "en", idOf(lead),
                Set.of(idOf(coAuthor)), Set.of()));
        publicId = statements.summary(statementId).publicId();
        paragraphId = paragraphs.body(statementId).paragraphs().findFirst().orElseThrow().id();
    }

    private void openEditor() {
        UI.getCurrent().navigate(StatementEditorView.class, new RouteParameters(StatementEditorView.PUBLIC_ID, publicId));
    }

    private static String renderedText(long paragraphId) {
        return _get(Div.class, spec -> spec.withId("paragraph-" + paragraphId + "-text")).getElement().getProperty("innerHTML");
    }

    @Test
    void an_editor_writes_a_paragraph_beside_its_preview_and_saves_it() {
        signIn(lead);
        openEditor();
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-edit")));
        _setValue(_get(TextArea.class, spec -> spec.withId("paragraph-" + paragraphId + "-editor")),
                "We call for **harm reduction**.<script>alert(1)</script>");
        var preview = _get(Div.class, spec -> spec.withId("paragraph-" + paragraphId + "-preview")).getElement().getProperty("innerHTML");
        assertThat(preview).contains("<strong>harm reduction</strong>").doesNotContain("<script");
        _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-save")));
        assertThat(renderedText(paragraphId)).contains("<strong>harm reduction</strong>").doesNotContain("<script");
        assertThat(paragraphs.paragraph(paragraphId).version()).isEqualTo(2);
    }

    @Test
    void a_second_session_sees_the_first_ones_saved_change_after_the_feed_delivers_it() {
        signIn(lead);
        openEditor();
        try (var other = new OtherBrowser(context, userDetailsService, coAuthor)) {
            other.run(this::openEditor);
            other.awaitUi(Duration.ofSeconds(10), () -> _get(Div.class, spec -> spec.withId("statement-presence")).getElement().getTextRecursively()
                    .contains("Amina Haddad"));

            _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-edit")));
            _setValue(_get(TextArea.class, spec -> spec.withId("paragraph-" + paragraphId + "-editor")), "Live text from Amina.");
            _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-save")));

            other.awaitUi(Duration.ofSeconds(10), () -> renderedText(paragraphId).contains("Live text from Amina."));
            assertThat(other.call(() -> _get(Div.class, spec -> spec.withId("statement-presence")).getElement().getTextRecursively()))
                    .contains("Amina Haddad").contains("Jonas Becker");
        }
    }

    @Test
    void a_stale_save_opens_the_conflict_dialog_where_the_author_merges_and_saves_again() {
        signIn(lead);
        openEditor();
        try (var other = new OtherBrowser(context, userDetailsService, coAuthor)) {
            other.run(() -> {
                openEditor();
                _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-edit")));
                _setValue(_get(TextArea.class, spec -> spec.withId("paragraph-" + paragraphId + "-editor")),
                        "Drug policy must respect human rights.");
            });
            // Amina saves first.
            _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-edit")));
            _setValue(_get(TextArea.class, spec -> spec.withId("paragraph-" + paragraphId + "-editor")),
                    "Drug policy must respect health.");
            _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-save")));
            // Jonas sees the notice, then saves on version 1: the conflict dialog shows both texts.
            other.awaitUi(Duration.ofSeconds(10), () -> _get(Div.class, spec -> spec.withId("paragraph-" + paragraphId + "-notice")).isVisible());
            other.run(() -> {
                _click(_get(Button.class, spec -> spec.withId("paragraph-" + paragraphId + "-save")));
                assertThat(_get(Div.class, spec -> spec.withId("statement-conflict-current")).getText())
                        .isEqualTo("Drug policy must respect health.");
                var diff = _get(Div.class, spec -> spec.withId("statement-conflict-diff"));
                assertThat(LocatorJ._find(diff, com.vaadin.flow.component.html.Span.class).stream()
                        .filter(s -> s.hasClassName("statement-diff-added")).map(s -> s.getText()).toList())
                        .contains("human rights");
                _setValue(_get(TextArea.class, spec -> spec.withId("statement-conflict-mine")),
                        "Drug policy must respect health and human rights.");
                _click(_get(Button.class, spec -> spec.withId("statement-conflict-save")));
                assertThat(renderedText(paragraphId)).contains("health and human rights");
            });
        }
        var versions = history.paragraphHistory(paragraphId);
        assertThat(versions).extracting(r -> r.textAfter()).containsExactly("",
                "Drug policy must respect health.", "Drug policy must respect health and human rights.");
        assertThat(versions.getLast().authorName()).isEqualTo("Jonas Becker");
    }

    @Test
    void a_stranger_gets_not_found_and_the_list_shows_a_members_statements() {
        signIn(stranger);
        assertNotFound(this::openEditor);
        assertThat(UI.getCurrent().getChildren().noneMatch(StatementEditorView.class::isInstance)).isTrue();
        signIn(coAuthor);
        UI.getCurrent().navigate(StatementsView.class);
        var grid = _get(StatementsView.class).grid;
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).title()).isEqualTo("Palermo statement");
    }

    @Test
    void an_expert_creates_a_statement_in_the_dialog_and_lands_in_its_editor() {
        signIn(lead);
        UI.getCurrent().navigate(StatementsView.class);
        _click(_get(Button.class, spec -> spec.withId("statements-create")));
        _click(_get(Button.class, spec -> spec.withId("statement-dialog-save")));
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("statement-title-field")).isInvalid()).isTrue();
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("statement-title-field")),
                "Opinion on decriminalisation");
        @SuppressWarnings("unchecked")
        var group = (com.vaadin.flow.component.combobox.ComboBox<Long>) _get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withId("statement-group-field"));
        group.setValue(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(group).getFirst());
        _click(_get(Button.class, spec -> spec.withId("statement-dialog-save")));
        assertThat(_get(StatementEditorView.class).statement().title()).isEqualTo("Opinion on decriminalisation");
    }

    @Test
    void a_statement_without_title_nor_seminar_or_group_marks_both_fields_at_once_and_keeps_the_language() {
        signIn(lead);
        UI.getCurrent().navigate(StatementsView.class);
        _click(_get(Button.class, spec -> spec.withId("statements-create")));
        @SuppressWarnings("unchecked")
        var language = (com.vaadin.flow.component.select.Select<String>) _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("statement-language-field"));
        _setValue(language, "it");
        _click(_get(Button.class, spec -> spec.withId("statement-dialog-save")));

        var title = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("statement-title-field"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Please fill in this field.");
        var seminar = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("statement-seminar-field"));
        assertThat(seminar.isInvalid()).isTrue();
        assertThat(seminar.getErrorMessage()).contains("Choose the seminar or the expert group");
        assertThat(language.getValue()).isEqualTo("it");
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("statement-dialog")).isOpened()).isTrue();
    }
}
