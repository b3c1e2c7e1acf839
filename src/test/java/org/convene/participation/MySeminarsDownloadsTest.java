package org.convene.participation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.convene.calendar.Icals.method;
import static org.convene.calendar.Icals.onlyEvent;
import static org.convene.calendar.Icals.parseValid;
import static org.convene.calendar.Icals.value;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.agenda.AgendaFixtures;
import org.convene.agenda.AgendaService;
import org.convene.calendar.MyInvitationService;
import org.convene.registration.RegistrationService;
import org.convene.registration.ui.MyRegistrationsView;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Item 15 of issue 11: My seminars offers the personal invitation and the agenda downloads. */
class MySeminarsDownloadsTest extends KaribuTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    RegistrationService registrations;
    @Autowired
    AgendaService agendas;
    @Autowired
    org.convene.agenda.AgendaPublishingService publishing;
    @Autowired
    MyInvitationService invitations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvcTester mvc;

    String organiser;
    long seminarId;
    String publicId;

    @BeforeEach
    void aSeminarWithOneSeat() {
        organiser = aUser("Downloads Organiser", Role.ORGANISER);
        signIn(organiser);
        seminarId = seminars.create(aSeminarForm("Downloads " + UUID.randomUUID(), 20, 1));
        seminars.publish(seminarId);
        publicId = seminars.get(seminarId).publicId();
    }

    private void publishAgenda() {
        signIn(organiser);
        var start = seminars.get(seminarId).startsAt();
        agendas.saveItem(seminarId, null, AgendaFixtures.anItem("Opening", start, 60, null), false);
        publishing.publish(seminarId);
    }

    private long register(String email) {
        signIn(email);
        return registrations.register(seminarId, aRegistrationForm());
    }

    @Test
    void a_confirmed_place_offers_add_to_my_calendar_and_the_agenda_downloads() {
        publishAgenda();
        var person = aUser("Confirmed Downloader");
        var id = register(person);
        signIn(person);
        open(MyRegistrationsView.class);

        var invite = link("my-invitation-" + publicId).orElseThrow();
        assertThat(invite.getHref()).isEqualTo("api/my/seminars/" + publicId + "/invitation.ics");
        assertThat(invite.getElement().hasAttribute("download")).isTrue();
        assertThat(invite.getText()).isEqualTo("Add to my calendar");
        assertThat(link("my-agenda-pdf-" + publicId).orElseThrow().getHref())
                .isEqualTo("api/public/seminars/" + publicId + "/agenda.pdf");
        assertThat(link("my-agenda-ics-" + publicId).orElseThrow().getHref())
                .isEqualTo("calendar/seminars/" + publicId + "/agenda.ics");
        assertThat(GridKt._getCellComponent(grid(), 0, "seminar").getElement().toString()).contains("my-links-" + id);
    }

    @Test
    void the_waiting_list_and_an_unpublished_agenda_offer_no_downloads() {
        register(aUser("First Seat"));
        var waiting = aUser("Waiting Downloader");
        register(waiting);
        signIn(waiting);
        open(MyRegistrationsView.class);
        assertThat(link("my-invitation-" + publicId)).isEmpty();
        assertThat(link("my-agenda-pdf-" + publicId)).isEmpty();

        var confirmed = aUser("No Agenda Yet");
        signIn(organiser);
        var other = seminars.create(aSeminarForm("No agenda " + UUID.randomUUID(), 20, 5));
        seminars.publish(other);
        signIn(confirmed);
        registrations.register(other, aRegistrationForm());
        open(MyRegistrationsView.class);
        var otherId = seminars.findVisible(other).orElseThrow().publicId();
        assertThat(link("my-invitation-" + otherId)).isPresent();
        assertThat(link("my-agenda-pdf-" + otherId)).isEmpty();
    }

    @Test
    void the_invitation_is_a_request_to_the_person_alone_and_the_same_as_the_confirmation_email_carries() throws Exception {
        var uid = seminars.get(seminarId).icalUid();
        var person = aUser("Invited Person");
        register(person);
        signIn(person);
        var ics = invitations.invitation(publicId).orElseThrow().body();

        var calendar = parseValid(ics);
        assertThat(method(calendar)).isEqualTo("REQUEST");
        var event = onlyEvent(calendar);
        var attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).hasSize(1);
        assertThat(attendees.getFirst().getValue()).isEqualToIgnoringCase("mailto:" + person);
        assertThat(value(event, Property.UID)).isEqualTo(uid);
        assertThat(value(event, Property.ORGANIZER)).startsWith("mailto:");
        assertThat(ics).contains("DTSTART;TZID=Europe/Rome:", "\r\n");

        var mailed = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT ical FROM outbox_message WHERE recipient_email = ? AND ical_method = 'REQUEST'", String.class, person),
                list -> !list.isEmpty()).getFirst();
        assertThat(withoutStamp(ics)).isEqualTo(withoutStamp(mailed));
    }

    @Test
    void nobody_else_gets_the_invitation_over_http() throws Exception {
        var person = aUser("Http Invited");
        register(person);
        var waiting = aUser("Http Waiting");
        register(waiting);
        signOut();

        var path = "/" + MyInvitationService.path(publicId);
        var own = mvc.perform(get(path).with(user(person))).getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentType()).startsWith("text/calendar");
        assertThat(own.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(own.getHeader("Cache-Control")).contains("no-store");
        assertThat(method(parseValid(own.getContentAsString(StandardCharsets.UTF_8)))).isEqualTo("REQUEST");

        assertThat(status(mvc, path, aUser("Stranger Person"))).isEqualTo(404);
        assertThat(status(mvc, path, waiting)).isEqualTo(404);
        assertThat(status(mvc, "/" + MyInvitationService.path("nosuchseminar"), person)).isEqualTo(404);
        assertThat(mvc.perform(get(path)).getResponse().getStatus()).isIn(302, 401, 403);
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.grid.Grid<Object> grid() {
        return _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("my-registrations"));
    }

    /** A link in the first row's seminar cell (grid cells are not children of the grid). */
    private static java.util.Optional<Anchor> link(String id) {
        var cell = GridKt._getCellComponent(grid(), 0, "seminar");
        return _find(cell, Anchor.class, spec -> spec.withId(id)).stream().findFirst();
    }

    private int status(MockMvcTester mvc, String path, String email) throws Exception {
        return mvc.perform(get(path).with(user(email))).getResponse().getStatus();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor user(String email) {
        return org.convene.TestRequests.as(userDetailsService, email);
    }

    private static String withoutStamp(String ics) {
        return ics.replaceAll("DTSTAMP:[0-9TZ]+\r\n", "");
    }
}
