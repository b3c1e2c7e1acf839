package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.agenda.AgendaFixtures.aPerson;
import static org.convene.agenda.AgendaFixtures.anItem;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Drag-and-drop reordering of one room's sessions of a day ({@link AgendaService#reorder}). */
@RecordApplicationEvents
class AgendaReorderTest extends IntegrationTest {

    @Autowired
    AgendaService agendas;

    @Autowired
    RoomsAndPeopleService roomsAndPeople;

    @Autowired
    AgendaPublishingService publishing;
    @Autowired
    SeminarService seminars;
    @Autowired
    ApplicationEvents events;

    String organiser;
    long seminarId;
    SeminarDetails seminar;
    LocalDate day;
    LocalDateTime day1;
    long roomA;
    long roomB;

    @BeforeEach
    void aSeminarWithTwoRooms() {
        organiser = aUser("Reorder Organiser", Role.ORGANISER);
        signIn(organiser);
        seminarId = seminars.create(aSeminarForm("Reorder " + UUID.randomUUID(), 30, 40));
        seminar = seminars.get(seminarId);
        day = seminar.startsAt().toLocalDate();
        day1 = day.atStartOfDay();
        roomA = roomsAndPeople.saveRoom(seminarId, null, "Sala Mattarella");
        roomB = roomsAndPeople.saveRoom(seminarId, null, "Sala Martorana");
    }

    @Test
    void reordering_a_room_recomputes_its_times_keeping_durations_and_gaps_and_leaves_other_rooms_alone() {
        var keynote = item("Keynote", 9, 0, 60, roomA);
        var panel = item("Panel", 10, 15, 90, roomA);
        var coffee = item("Coffee", 12, 15, 30, roomA);
        item("Workshop", 9, 0, 60, roomB);
        item("Next day", day1.plusDays(1).withHour(9), 60, roomA);

        assertThat(agendas.reorder(seminarId, day, roomA, List.of(coffee, keynote, panel), false)).isEqualTo(3);

        assertThat(times()).containsExactly("Coffee@09:00-09:30 Sala Mattarella", "Workshop@09:00-10:00 Sala Martorana",
                "Keynote@09:45-10:45 Sala Mattarella", "Panel@11:15-12:45 Sala Mattarella",
                "Next day@09:00-10:00 Sala Mattarella");
    }

    @Test
    void the_same_order_changes_nothing() {
        var keynote = item("Keynote", 9, 0, 60, roomA);
        var panel = item("Panel", 10, 15, 90, roomA);

        assertThat(agendas.reorder(seminarId, day, roomA, List.of(keynote, panel), false)).isZero();
        assertThat(times()).containsExactly("Keynote@09:00-10:00 Sala Mattarella", "Panel@10:15-11:45 Sala Mattarella");
    }

    @Test
    void a_session_put_among_another_rooms_sessions_moves_into_that_room_at_that_place() {
        var keynote = item("Keynote", 9, 0, 60, roomA);
        var panel = item("Panel", 10, 15, 90, roomA);
        var workshop = item("Workshop", 14, 0, 45, roomB);

        assertThat(agendas.reorder(seminarId, day, roomA, List.of(keynote, workshop, panel), false)).isEqualTo(2);

        assertThat(times()).containsExactly("Keynote@09:00-10:00 Sala Mattarella", "Workshop@10:15-11:00 Sala Mattarella",
                "Panel@11:00-12:30 Sala Mattarella");
    }

    @Test
    void an_order_that_no_longer_matches_the_agenda_is_refused_and_nothing_is_stored() {
        var keynote = item("Keynote", 9, 0, 60, roomA);
        var panel = item("Panel", 10, 15, 90, roomA);
        var workshop = item("Workshop", 11, 0, 60, roomB);
        var lunch = item("Lunch", 12, 0, 60, roomB);
        var tomorrow = item("Tomorrow", day1.plusDays(1).withHour(9), 60, roomB);
        var before = times();

        assertStale(List.of(panel));
        assertStale(List.of(panel, keynote, panel));
        assertStale(List.of(panel, workshop, keynote, lunch));
        assertStale(List.of(panel, tomorrow, keynote));
        assertStale(List.of(panel, keynote, Long.MAX_VALUE));
        assertThatThrownBy(() -> agendas.reorder(seminarId, day, Long.MAX_VALUE, List.of(keynote), false))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.room.unknown"));
        assertThatThrownBy(() -> agendas.reorder(seminarId, day, roomA, List.of(), false))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("validation.required"));

        assertThat(times()).isEqualTo(before);
    }

    @Test
    void a_session_pushed_past_the_last_day_refuses_the_whole_reorder() {
        var lastDay = seminar.endsAt().toLocalDate().atStartOfDay();
        var late = item("Late talk", lastDay.withHour(22), 90, roomA);
        var film = item("Film", lastDay.withHour(20), 60, roomB);
        var before = times();

        assertThatThrownBy(() -> agendas.reorder(seminarId, lastDay.toLocalDate(), roomA, List.of(film, late), false))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("agenda.item.outside-dates-named");
                    assertThat(e.getArgs()).contains("Late talk");
                });
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void a_speaker_in_two_places_after_reordering_is_a_warning_and_nothing_moves_until_confirmed() {
        var eleni = roomsAndPeople.savePerson(seminarId, null, aPerson("Ελένη Παπαδοπούλου"));
        var keynote = item("Keynote", 9, 0, 60, roomA);
        var panel = agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(10), 60, roomA, List.of(eleni)), false);
        agendas.saveItem(seminarId, null, anItem("Workshop", day1.withHour(9), 60, roomB, List.of(eleni)), false);
        var before = times();

        assertThatThrownBy(() -> agendas.reorder(seminarId, day, roomA, List.of(panel, keynote), false))
                .isInstanceOfSatisfying(SpeakerConflictException.class,
                        e -> assertThat(e.getConflicts()).extracting(SpeakerConflict::otherItemTitle).containsExactly("Workshop"));
        assertThat(times()).isEqualTo(before);

        assertThat(agendas.reorder(seminarId, day, roomA, List.of(panel, keynote), true)).isEqualTo(2);
        assertThat(times()).containsExactly("Panel@09:00-10:00 Sala Mattarella", "Workshop@09:00-10:00 Sala Martorana",
                "Keynote@10:00-11:00 Sala Mattarella");
    }

    @Test
    void only_organisers_reorder_and_never_the_agenda_of_a_cancelled_seminar() {
        var keynote = item("Keynote", 9, 0, 60, roomA);
        var panel = item("Panel", 10, 15, 90, roomA);
        var before = times();

        signIn(aUser("Participant Pat"));
        assertThatThrownBy(() -> agendas.reorder(seminarId, day, roomA, List.of(panel, keynote), false))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn(organiser);
        seminars.cancel(seminarId, "Venue unavailable");
        assertThatThrownBy(() -> agendas.reorder(seminarId, day, roomA, List.of(panel, keynote), false))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.seminar.cancelled"));

        assertThat(times()).isEqualTo(before);
    }

    @Test
    void after_publishing_again_the_moved_sessions_are_marked_updated_with_a_higher_sequence() {
        var keynote = item("Keynote", 9, 0, 60, roomA);
        var panel = item("Panel", 10, 0, 60, roomA);
        var workshop = item("Workshop", 9, 0, 60, roomB);
        publishing.publish(seminarId);

        agendas.reorder(seminarId, day, roomA, List.of(panel, keynote), false);
        assertThat(agendas.draft(seminarId).changedItemIds()).containsExactlyInAnyOrder(keynote, panel);
        assertThat(publishing.publish(seminarId)).isEqualTo(2);

        assertThat(events.stream(AgendaChanged.class))
                .containsExactly(new AgendaChanged(seminarId, 2, 2));
        var entries = publishing.published(seminar.publicId()).orElseThrow().entries();
        assertThat(entries).filteredOn(e -> e.itemId() != workshop)
                .allSatisfy(e -> {
                    assertThat(e.updated()).isTrue();
                    assertThat(e.sequence()).isEqualTo(1);
                });
        assertThat(entries).filteredOn(e -> e.itemId() == workshop)
                .allSatisfy(e -> assertThat(e.sequence()).isZero());
    }

    private long item(String title, int hour, int minute, int minutes, long room) {
        return item(title, day1.withHour(hour).withMinute(minute), minutes, room);
    }

    private long item(String title, LocalDateTime start, int minutes, long room) {
        return agendas.saveItem(seminarId, null, anItem(title, start, minutes, room), false);
    }

    private void assertStale(List<Long> order) {
        assertThatThrownBy(() -> agendas.reorder(seminarId, day, roomA, order, false))
                .as(order.toString())
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.reorder.stale"));
    }

    private List<String> times() {
        var draft = agendas.draft(seminarId);
        return draft.items().stream().map(i -> i.title() + "@" + i.startsAt().toLocalTime() + "-"
                + i.endsAt().toLocalTime() + " " + draft.rooms().stream().filter(r -> java.util.Objects.equals(r.id(), i.roomId()))
                .map(RoomRow::name).findFirst().orElse("-")).toList();
    }
}
