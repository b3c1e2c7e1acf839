package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.agenda.AgendaFixtures.aPerson;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.List;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.QueryCounter;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organisers' draft and the published agenda cost the same number of queries for 2 items as for 20,
 * each with a speaker and a chair: the items' people come with the items, not one query per item
 * (issue 13, item 3).
 */
class AgendaQueryCountTest extends IntegrationTest {

    @Autowired
    AgendaService agendas;
    @Autowired
    RoomsAndPeopleService roomsAndPeople;
    @Autowired
    AgendaPublishingService publishing;
    @Autowired
    SeminarService seminars;

    @Test
    void the_draft_and_the_published_agenda_do_not_query_once_per_item() {
        signIn(aUser("Agenda Count Organiser", Role.ORGANISER));
        var seminarId = seminars.create(aSeminarForm("Agenda count " + UUID.randomUUID(), 30, 40));
        var seminar = seminars.get(seminarId);
        var day1 = seminar.startsAt().toLocalDate().atTime(9, 0);
        var room = roomsAndPeople.saveRoom(seminarId, null, "Sala Gialla");
        var speaker = roomsAndPeople.savePerson(seminarId, null, aPerson("Ada Speaker"));
        var chair = roomsAndPeople.savePerson(seminarId, null, aPerson("Carl Chair"));
        for (int i = 0; i < 20; i++) {
            if (i == 2) {
                publishing.publish(seminarId);
                var draftWith2 = QueryCounter.count(() -> agendas.draft(seminarId));
                var publishedWith2 = QueryCounter.count(() -> publishing.published(seminar.publicId()).orElseThrow());
                draft2 = draftWith2.statements();
                published2 = publishedWith2.statements();
                assertThat(draftWith2.result().items()).hasSize(2);
                assertThat(publishedWith2.result().entries()).hasSize(2);
            }
            var start = day1.plusMinutes(20L * i);
            agendas.saveItem(seminarId, null, new ItemForm("Session " + i, "", ItemType.PANEL, start, start.plusMinutes(15),
                    room, "", "", List.of(speaker), List.of(chair)), false);
        }
        publishing.publish(seminarId);
        var draftWith20 = QueryCounter.count(() -> agendas.draft(seminarId));
        var publishedWith20 = QueryCounter.count(() -> publishing.published(seminar.publicId()).orElseThrow());

        System.out.printf("statements for 2 items / 20 items: draft %d / %d, published agenda %d / %d%n",
                draft2, draftWith20.statements(), published2, publishedWith20.statements());
        assertThat(draftWith20.result().items()).hasSize(20).allSatisfy(item -> {
            assertThat(item.speakerIds()).containsExactly(speaker);
            assertThat(item.chairIds()).containsExactly(chair);
        });
        assertThat(publishedWith20.result().entries()).hasSize(20)
                .allSatisfy(e -> assertThat(e.people()).extracting(Speaker::name).containsExactly("Ada Speaker", "Carl Chair"));
        assertThat(draftWith20.statements()).isEqualTo(draft2);
        assertThat(publishedWith20.statements()).isEqualTo(published2);
    }

    private int draft2;
    private int published2;
}
