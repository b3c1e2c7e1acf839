package org.convene.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.agenda.AgendaService;
import org.convene.agenda.PersonForm;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.base.ConveneException;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 10, item 11: names that MariaDB's collation equates (case and accents) are refused with the
 * field's message, the database's unique key having the last word, also for two requests at once.
 */
class UniqueNamesTest extends IntegrationTest {

    @Autowired
    AgendaService agendas;

    @Autowired
    RoomsAndPeopleService roomsAndPeople;
    @Autowired
    SeminarService seminars;
    @Autowired
    NetworkService network;
    @Autowired
    ExpertGroupRepository groups;

    private void assertTaken(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ConveneException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getField()).isEqualTo("name");
        });
    }

    @Test
    void a_room_or_a_speaker_differing_only_by_accents_is_refused_on_the_name_field() {
        signIn(aUser("Names Organiser", Role.ORGANISER));
        var seminarId = seminars.create(aSeminarForm("Names " + UUID.randomUUID(), 30, 20));
        roomsAndPeople.saveRoom(seminarId, null, "Salle Café");
        assertTaken(() -> roomsAndPeople.saveRoom(seminarId, null, "salle cafe"), "agenda.room.taken");
        var other = roomsAndPeople.saveRoom(seminarId, null, "Salle Opéra");
        assertTaken(() -> roomsAndPeople.saveRoom(seminarId, other, "SALLE CAFÉ"), "agenda.room.taken");

        roomsAndPeople.savePerson(seminarId, null, new PersonForm("Zoë Lefèvre", "", "", null));
        assertTaken(() -> roomsAndPeople.savePerson(seminarId, null, new PersonForm("Zoe Lefevre", "", "", null)), "agenda.person.taken");
        assertThat(agendas.draft(seminarId).rooms()).hasSize(2);
    }

    @Test
    void a_group_differing_only_by_accents_is_refused_on_the_name_field() {
        signIn(aUser("Groups Organiser", Role.ORGANISER));
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        network.create(new GroupForm("Réseau " + suffix, GroupKind.NETWORK, "", null));
        assertTaken(() -> network.create(new GroupForm("reseau " + suffix, GroupKind.NETWORK, "", null)), "groups.name.taken");
        var other = network.create(new GroupForm("Groupe " + suffix, GroupKind.EXPERT_GROUP, "", null));
        assertTaken(() -> network.update(other, new GroupForm("RÉSEAU " + suffix, GroupKind.EXPERT_GROUP, "", null)), "groups.name.taken");
    }

    @Test
    void two_groups_created_with_one_name_at_once_give_one_group_and_one_clear_message() throws Exception {
        var organiser = aUser("Racing Organiser", Role.ORGANISER);
        for (int round = 0; round < 5; round++) {
            var name = "Racing group " + UUID.randomUUID();
            var barrier = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            var results = new ArrayList<Future<String>>();
            for (var spelling : List.of(name, name.toUpperCase())) {
                results.add(pool.submit(() -> {
                    signIn(organiser);
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                        network.create(new GroupForm(spelling, GroupKind.EXPERT_GROUP, "", null));
                        return "ok";
                    } catch (ConveneException e) {
                        return e.getMessageKey() + "@" + e.getField();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            var outcomes = new ArrayList<String>();
            for (var f : results) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "groups.name.taken@name");
            assertThat(groups.findAll().stream().filter(g -> g.getName().equalsIgnoreCase(name))).hasSize(1);
        }
    }
}
