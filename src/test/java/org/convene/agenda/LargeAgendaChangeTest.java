package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.agenda.AgendaFixtures.anItem;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.ArrayList;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Issue 10, item 13: publishing an agenda where 1,000 items changed works (the event carries no id list). */
@RecordApplicationEvents
class LargeAgendaChangeTest extends IntegrationTest {

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

    @Test
    void publishing_an_agenda_where_a_thousand_items_changed_succeeds_and_says_so_once() {
        signIn(aUser("Big Agenda Organiser", Role.ORGANISER));
        var seminarId = seminars.create(aSeminarForm("Big agenda " + UUID.randomUUID(), 30, 40));
        seminars.publish(seminarId);
        var day1 = seminars.get(seminarId).startsAt().toLocalDate().atStartOfDay();
        var rooms = new ArrayList<Long>();
        for (int r = 0; r < 10; r++) {
            rooms.add(roomsAndPeople.saveRoom(seminarId, null, "Room " + r));
        }
        Long first = null;
        for (int i = 0; i < 100; i++) {
            for (var room : rooms) {
                var id = agendas.saveItem(seminarId, null, anItem("Session " + i + " in " + room, day1.withHour(9).plusMinutes(4L * i), 4, room), false);
                first = first == null ? id : first;
            }
        }
        assertThat(publishing.publish(seminarId)).isEqualTo(1);
        assertThat(agendas.shiftFollowing(first, 5, true)).isEqualTo(1000);

        assertThat(publishing.publish(seminarId)).isEqualTo(2);

        assertThat(events.stream(AgendaChanged.class)).containsExactly(new AgendaChanged(seminarId, 2, 1000));
    }
}
