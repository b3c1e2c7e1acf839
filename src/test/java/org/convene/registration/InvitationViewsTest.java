package org.convene.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withApproval;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.registration.ui.InvitationView;
import org.convene.registration.ui.InvitationsView;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class InvitationViewsTest extends KaribuTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    RegistrationService registrations;
    @Autowired
    SeminarService seminars;
    @Autowired
    ApplicationEvents events;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("Invitation View Organiser", Role.ORGANISER);
    }

    @Test
    void an_unknown_link_shows_a_friendly_not_valid_page_to_a_visitor() {
        signOut();
        UI.getCurrent().navigate("invitations/" + "A".repeat(43));
        _get(InvitationView.class);
        assertThat(_get(H2.class, spec -> spec.withId("invitation-invalid")).getText()).isEqualTo("This invitation is not valid");
    }

    @Test
    void an_invited_person_follows_the_link_and_gets_a_seat_without_approval() {
        signIn(organiser);
        var seminarId = seminars.create(withApproval(aSeminarForm("Invitation view " + UUID.randomUUID(), 30, 5)));
        seminars.publish(seminarId);
        var seminar = seminars.get(seminarId);
        var person = aUser("Linked Invitee");
        signIn(organiser);
        var id = invitations.invite(seminarId, new InvitationForm("Linked Invitee", person, "Red Cross", "BE"));
        var token = events.stream(InvitationCreated.class).filter(e -> e.invitationId() == id).findFirst().orElseThrow().token();

        signOut();
        UI.getCurrent().navigate("invitations/" + token);
        assertThat(_get(H2.class, spec -> spec.withId("invitation-title")).getText()).contains(seminar.title());
        var accept = _get(RouterLink.class, spec -> spec.withId("invitation-accept"));
        assertThat(accept.getHref()).isEqualTo("seminars/" + seminar.publicId() + "/register?invitation=" + token);

        signIn(person);
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register",
                com.vaadin.flow.router.QueryParameters.of("invitation", token));
        _get(Paragraph.class, spec -> spec.withId("register-invited"));
        assertThat(_get(TextField.class, spec -> spec.withId("reg-organisation")).getValue()).isEqualTo("Red Cross");
        @SuppressWarnings("unchecked")
        Select<Sector> sector = _get(Select.class, spec -> spec.withId("reg-sector"));
        _setValue(sector, Sector.NGO_CIVIL_SOCIETY);
        _setValue(_get(Checkbox.class, spec -> spec.withId("reg-privacy")), true);
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reg-status")).getText()).contains("You are registered");
        var mine = registrations.mine(seminarId).orElseThrow();
        assertThat(mine.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mine.getCountry()).isEqualTo("BE");
        UI.getCurrent().navigate("invitations/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-status")).getText()).contains("accepted");
    }

    @Test
    void an_organiser_invites_one_person_and_previews_a_list_before_saving() {
        signIn(organiser);
        var seminarId = seminars.create(aSeminarForm("Invitations view " + UUID.randomUUID(), 30, 5));
        seminars.publish(seminarId);
        UI.getCurrent().navigate("organiser/seminars/" + seminarId + "/invitations");
        var view = _get(InvitationsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("inv-name")), "One Person");
        _setValue(_get(TextField.class, spec -> spec.withId("inv-email")), "broken");
        _click(_get(Button.class, spec -> spec.withId("inv-submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("inv-email")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("inv-email")), uniqueEmail("one.person"));
        _click(_get(Button.class, spec -> spec.withId("inv-submit")));
        @SuppressWarnings("unchecked")
        Grid<InvitationRow> grid = _get(Grid.class, spec -> spec.withId("invitations-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Sent");

        var csv = ("name,email,organisation,country\nListed One," + uniqueEmail("listed") + ",,\nNo Mail,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        view.preview(csv);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("1 row can be invited; 1 row has problems and will be left out.");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        assertThat(GridKt._size(grid)).isEqualTo(2);
    }
}
