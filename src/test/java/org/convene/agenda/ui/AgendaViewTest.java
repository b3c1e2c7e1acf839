package org.convene.agenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.agenda.AgendaFixtures.aPerson;
import static org.convene.agenda.AgendaFixtures.anItem;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.AgendaService;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaViewTest extends KaribuTest {

    @Autowired
    AgendaService agendas;

    @Autowired
    RoomsAndPeopleService roomsAndPeople;

    @Autowired
    AgendaPublishingService publishing;
    @Autowired
    SeminarService seminars;

    String organiser;
    long seminarId;
    String publicId;
    long panel;
    long lunch;

    @BeforeEach
    void aSeminarWithAnAgenda() {
        organiser = aUser("View Organiser", Role.ORGANISER);
        signIn(organiser);
        seminarId = seminars.create(aSeminarForm("Agenda view " + UUID.randomUUID(), 30, 40));
        publicId = seminars.get(seminarId).publicId();
        LocalDateTime day1 = seminars.get(seminarId).startsAt().toLocalDate().atStartOfDay();
        var room = roomsAndPeople.saveRoom(seminarId, null, "Sala Mattarella");
        var olena = roomsAndPeople.savePerson(seminarId, null, aPerson("Олена Коваленко"));
        panel = agendas.saveItem(seminarId, null, anItem("<b>Responding</b> to drug-related challenges", day1.withHour(9), 90,
                room, List.of(olena)), false);
        lunch = agendas.saveItem(seminarId, null, anItem("Lunch", day1.withHour(12), 60, room), false);
    }

    @Test
    void a_draft_seminar_shows_nothing_to_participants() {
        publishing.publish(seminarId);
        signIn(aUser("Early Bird"));
        open();

        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-message")).getText()).contains("does not exist");
        _assertNone(Div.class, spec -> spec.withId("agenda-item-" + panel));
    }

    @Test
    void an_unpublished_agenda_is_announced_but_not_shown() {
        seminars.publish(seminarId);
        signIn(aUser("Patient Participant"));
        open();

        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-message")).getText()).contains("not been published yet");
        _assertNone(Div.class, spec -> spec.withId("agenda-item-" + panel));
        _assertNone(Anchor.class, spec -> spec.withId("agenda-pdf"));
    }

    @Test
    void the_published_agenda_shows_times_with_the_zone_rooms_speakers_and_text_as_text() {
        seminars.publish(seminarId);
        publishing.publish(seminarId);
        signOut();
        open();

        var card = _get(Div.class, spec -> spec.withId("agenda-item-" + panel));
        assertThat(card.isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("agenda-item-title-" + panel)).getText())
                .isEqualTo("<b>Responding</b> to drug-related challenges");
        assertThat(card.getElement().getTextRecursively()).contains("Sala Mattarella").contains("Олена Коваленко")
                .containsPattern("9:00.*10:30.*CES?T");
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-zone-note")).getText()).contains("Europe/Rome");
        assertThat(_get(Anchor.class, spec -> spec.withId("agenda-ics")).getHref())
                .isEqualTo("calendar/seminars/" + publicId + "/agenda.ics");
        _assertNone(Button.class, spec -> spec.withId("agenda-star-" + panel));
    }

    @Test
    void a_participant_stars_a_session_and_filters_on_starred_ones() {
        seminars.publish(seminarId);
        publishing.publish(seminarId);
        signIn(aUser("Starry Participant"));
        open();

        _click(_get(Button.class, spec -> spec.withId("agenda-star-" + panel)));
        assertThat(_get(Div.class, spec -> spec.withId("agenda-item-" + panel)).getClassNames()).contains("agenda-starred");
        _setValue(_get(Checkbox.class, spec -> spec.withId("agenda-starred-only")), true);
        _assertOne(Div.class, spec -> spec.withId("agenda-item-" + panel));
        _assertNone(Div.class, spec -> spec.withId("agenda-item-" + lunch));

        open();
        assertThat(_get(Div.class, spec -> spec.withId("agenda-item-" + panel)).getClassNames()).contains("agenda-starred");
    }

    @Test
    void a_reader_in_another_time_zone_is_told_the_offset_and_changes_show_an_updated_badge() {
        seminars.publish(seminarId);
        publishing.publish(seminarId);
        var item = agendas.draft(seminarId).items().stream().filter(i -> i.id() == lunch).findFirst().orElseThrow();
        agendas.saveItem(seminarId, lunch, item.toForm().withTimes(item.startsAt().plusMinutes(30), item.endsAt().plusMinutes(30)), false);
        publishing.publish(seminarId);
        signIn(aUser("Remote Participant"));
        accounts.updateProfile("Remote Participant", Locale.ENGLISH, "America/New_York");
        open();

        var note = _get(Paragraph.class, spec -> spec.withId("agenda-offset-note"));
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("America/New_York").containsPattern("[56] h behind");
        assertThat(_get(Div.class, spec -> spec.withId("agenda-item-" + lunch)).getElement().getTextRecursively()).contains("Updated");
        assertThat(_get(Div.class, spec -> spec.withId("agenda-item-" + panel)).getElement().getTextRecursively()).doesNotContain("Updated");
    }

    private void open() {
        UI.getCurrent().navigate(AgendaView.class, new RouteParameters("publicId", publicId));
    }
}
