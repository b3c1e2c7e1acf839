package org.convene.participation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.base.NotFoundException;
import org.convene.registration.Gender;
import org.convene.registration.ParticipantListService;
import org.convene.registration.RegistrationForm;
import org.convene.registration.RegistrationService;
import org.convene.registration.Sector;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Item 17 of issue 11: the participant list for confirmed participants, on the page and as PDF. */
class ParticipantListTest extends KaribuTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    RegistrationService registrations;
    @Autowired
    ParticipantListService lists;
    @Autowired
    MockMvcTester mvc;

    String publicId;
    String listed;
    String hidden;
    String waiting;

    @BeforeEach
    void twoSeatsThreePeople() {
        signIn(aUser("List Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm("Listed " + UUID.randomUUID(), 20, 2));
        seminars.publish(id);
        publicId = seminars.get(id).publicId();
        listed = register(id, "Ana Listed Ferreira", "Support Network Lisboa", "PT", true);
        hidden = register(id, "Hidden Person", "Quiet Ministry", "FR", false);
        waiting = register(id, "Waiting Listed", "Waiting NGO", "DE", true);
        signOut();
    }

    private String register(long seminarId, String name, String organisation, String country, boolean shown) {
        var email = aUser(name);
        signIn(email);
        registrations.register(seminarId, new RegistrationForm(organisation, country, Sector.NGO_CIVIL_SOCIETY,
                Gender.WOMAN, "", "", "", shown, true));
        return email;
    }

    private void openPage() {
        UI.getCurrent().navigate("seminars/" + publicId);
    }

    @Test
    void a_confirmed_participant_sees_those_who_agreed_with_organisation_and_country() {
        signIn(hidden);
        openPage();
        var section = _get(Div.class, spec -> spec.withId("participant-list-section"));
        var list = _get(section, UnorderedList.class, spec -> spec.withId("participant-list"));
        var text = list.getElement().getTextRecursively();
        assertThat(text).contains("Ana Listed Ferreira", "Support Network Lisboa", "Portugal")
                .doesNotContain("Hidden Person", "Waiting Listed");
        assertThat(section.getElement().getTextRecursively()).contains("1 participant on the list");
        assertThat(_get(Anchor.class, spec -> spec.withId("participant-list-pdf")).getHref())
                .isEqualTo("api/seminars/" + publicId + "/participant-list.pdf");
    }

    @Test
    void the_waiting_list_a_stranger_and_a_visitor_see_no_list() {
        signIn(waiting);
        openPage();
        assertThat(_find(Div.class, spec -> spec.withId("participant-list-section"))).isEmpty();
        signIn(aUser("Curious Stranger"));
        openPage();
        assertThat(_find(Div.class, spec -> spec.withId("participant-list-section"))).isEmpty();
        signOut();
        openPage();
        assertThat(_find(Div.class, spec -> spec.withId("participant-list-section"))).isEmpty();

        signIn(waiting);
        assertThatThrownBy(() -> lists.list(publicId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lists.pdf(publicId, Locale.ENGLISH)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_pdf_reads_back_with_the_same_people_in_english_and_french() {
        signIn(listed);
        var english = Pdfs.text(lists.pdf(publicId, Locale.ENGLISH));
        assertThat(english).contains("Listed ", "1 participant on the list", "Ana Listed Ferreira",
                "Support Network Lisboa", "Portugal", "Organisation", "Country").doesNotContain("Hidden Person", "Waiting");
        var french = Pdfs.text(lists.pdf(publicId, Locale.FRENCH));
        assertThat(french).contains("Ana Listed Ferreira", "Pays", "Portugal", "1 participant sur la liste");
    }

    @Test
    void over_http_the_pdf_is_for_confirmed_participants_only() throws Exception {
        signOut();
        var path = "/" + ParticipantListService.pdfPath(publicId);
        var ok = mvc.perform(get(path).with(user(listed))).getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentType()).isEqualTo("application/pdf");
        assertThat(ok.getHeader("Cache-Control")).contains("no-store");
        assertThat(Pdfs.text(ok.getContentAsByteArray())).contains("Ana Listed Ferreira");

        assertThat(status(mvc, path, waiting)).isEqualTo(404);
        assertThat(status(mvc, path, aUser("Http Stranger"))).isEqualTo(404);
        assertThat(status(mvc, "/" + ParticipantListService.pdfPath("unknownseminar"), listed)).isEqualTo(404);
        assertThat(mvc.perform(get(path)).getResponse().getStatus()).isIn(302, 401, 403);
    }

    private int status(MockMvcTester mvc, String path, String email) throws Exception {
        return mvc.perform(get(path).with(user(email))).getResponse().getStatus();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor user(String email) {
        return org.convene.TestRequests.as(userDetailsService, email);
    }
}
