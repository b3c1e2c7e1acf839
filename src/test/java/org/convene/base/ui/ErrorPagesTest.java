package org.convene.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.agenda.ui.AgendaEditorView;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10, item 15: bad ids and unknown addresses give the app's own 404 page, forbidden views its 403 page. */
class ErrorPagesTest extends KaribuTest {

    @Autowired
    SeminarService seminars;

    private String pageText(String id) {
        return _get(VerticalLayout.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private void assertInsideTheLayout() {
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).anyMatch(c -> c instanceof MainLayout);
    }

    @Test
    void a_malformed_seminar_id_gives_the_not_found_page_inside_the_layout() {
        signIn(aUser("Error Organiser", Role.ORGANISER));
        UI.getCurrent().navigate("organiser/seminars/abc/agenda");

        assertThat(pageText("not-found-page")).contains("Page not found").doesNotContain("abc");
        assertInsideTheLayout();
        _assertNone(AgendaEditorView.class);
    }

    @Test
    void an_unknown_seminar_id_gives_the_not_found_page() {
        signIn(aUser("Error Organiser", Role.ORGANISER));
        UI.getCurrent().navigate("organiser/seminars/999999999/participants");
        assertThat(pageText("not-found-page")).contains("Page not found");
        UI.getCurrent().navigate("organiser/seminars/99999999999999999999999/check-in");
        assertThat(pageText("not-found-page")).contains("Page not found");
    }

    @Test
    void the_not_found_page_is_translated_and_lists_no_routes() {
        signIn(aUser("Organisatrice", Role.ORGANISER));
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("organiser/seminars/12abc/questions");

        assertThat(pageText("not-found-page")).contains("Page introuvable").doesNotContain("organiser").doesNotContain("admin");
        assertInsideTheLayout();
    }

    @Test
    void a_participant_opening_an_organiser_view_gets_the_not_allowed_page() {
        signIn(aUser("Curious Participant"));
        signIn(organiserWithSeminar());
        var seminarId = lastSeminar;
        signIn(aUser("Curious Participant"));
        UI.getCurrent().navigate("organiser/seminars/" + seminarId + "/agenda");

        assertThat(pageText("access-denied-page")).contains("Not allowed");
        assertInsideTheLayout();
        _assertNone(AgendaEditorView.class);
    }

    private long lastSeminar;

    private String organiserWithSeminar() {
        var organiser = aUser("Seminar Organiser", Role.ORGANISER);
        super.signIn(organiser);
        lastSeminar = seminars.create(aSeminarForm("Error pages " + UUID.randomUUID(), 30, 20));
        return organiser;
    }
}
