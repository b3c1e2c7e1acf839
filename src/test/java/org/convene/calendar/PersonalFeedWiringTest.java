package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.convene.agenda.AgendaFixtures.anItem;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.time.Duration;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.agenda.AgendaEntry;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.AgendaService;
import org.convene.agenda.AgendaStarService;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.registration.OrganiserRegistrationService;
import org.convene.registration.RegistrationService;
import org.convene.registration.RegistrationStatus;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The personal feed as the real registration and agenda modules fill it (no test stand-ins). */
class PersonalFeedWiringTest extends IntegrationTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    SeminarService seminars;
    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    AgendaService agendas;

    @Autowired
    RoomsAndPeopleService roomsAndPeople;

    @Autowired
    AgendaPublishingService publishing;

    @Autowired
    AgendaStarService starring;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("Feed Organiser", Role.ORGANISER);
    }

    /** A published seminar with a published agenda of two items; returns the seminar. */
    private SeminarDetails seminarWithAgenda(String title, int capacity) {
        signIn(organiser);
        try {
            var id = seminars.create(aSeminarForm(title + " " + UUID.randomUUID(), 30, capacity));
            var day1 = seminars.get(id).startsAt().toLocalDate().atStartOfDay();
            var room = roomsAndPeople.saveRoom(id, null, "Sala Gialla");
            agendas.saveItem(id, null, anItem("Opening " + title, day1.withHour(9), 60, room), false);
            agendas.saveItem(id, null, anItem("Workshop " + title, day1.withHour(11), 90, room), false);
            seminars.publish(id);
            publishing.publish(id);
            return seminars.get(id);
        } finally {
            signOut();
        }
    }

    private AgendaEntry item(SeminarDetails seminar, String titlePrefix) {
        return publishing.published(seminar.publicId()).orElseThrow().entries().stream()
                .filter(e -> e.title().startsWith(titlePrefix)).findFirst().orElseThrow();
    }

    private long register(String email, SeminarDetails seminar) {
        signIn(email);
        try {
            return registrations.register(seminar.id(), aRegistrationForm());
        } finally {
            signOut();
        }
    }

    private void star(String email, AgendaEntry entry) {
        signIn(email);
        try {
            starring.setStarred(entry.itemId(), true);
        } finally {
            signOut();
        }
    }

    private static java.util.List<String> uids(String ics) {
        return Icals.events(Icals.parseValid(ics)).stream().map(e -> Icals.value(e, "UID")).toList();
    }

    @Test
    void a_confirmed_participants_feed_holds_their_seminar_and_starred_item_and_nothing_of_another_participant() {
        var anna = aUser("Anna Feed");
        var bruno = aUser("Bruno Feed");
        var annas = seminarWithAgenda("Anna's seminar", 20);
        var brunos = seminarWithAgenda("Bruno's seminar", 20);
        register(anna, annas);
        register(bruno, brunos);
        register(bruno, annas);
        star(anna, item(annas, "Workshop"));
        star(bruno, item(annas, "Opening"));
        star(bruno, item(brunos, "Workshop"));
        assertThat(registrations.confirmedSeminarIds(idOf(anna))).containsExactly(annas.id());

        var ics = feeds.personalFeed(idOf(anna)).body();

        assertThat(uids(ics)).containsExactlyInAnyOrder(annas.icalUid(), item(annas, "Workshop").icalUid());
        assertThat(ics).doesNotContain(brunos.icalUid()).doesNotContain(item(annas, "Opening").icalUid())
                .doesNotContain(item(brunos, "Workshop").icalUid()).doesNotContain("ATTENDEE")
                .doesNotContain("Bruno");
        assertThat(uids(feeds.personalFeed(idOf(bruno)).body())).containsExactlyInAnyOrder(brunos.icalUid(),
                annas.icalUid(), item(annas, "Opening").icalUid(), item(brunos, "Workshop").icalUid());
    }

    @Test
    void a_waitlisted_persons_feed_does_not_hold_the_seminar() {
        var first = aUser("First Seat");
        var waiting = aUser("Waiting Feed");
        var seminar = seminarWithAgenda("Full seminar", 1);
        register(first, seminar);
        var waitlisted = register(waiting, seminar);
        signIn(organiser);
        assertThat(organisers.get(waitlisted).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        signOut();

        // A starred item keeps the feed a valid calendar (one component at least) and shows it is the seminar that is left out.
        star(waiting, item(seminar, "Opening"));

        assertThat(uids(feeds.personalFeed(idOf(waiting)).body())).containsExactly(item(seminar, "Opening").icalUid());
        assertThat(uids(feeds.personalFeed(idOf(first)).body())).containsExactly(seminar.icalUid());
    }

    @Test
    void a_starred_item_of_a_cancelled_seminar_stays_in_the_feed_marked_cancelled_with_a_raised_sequence() {
        var anna = aUser("Cancelled Star");
        var seminar = seminarWithAgenda("Called off", 20);
        var workshop = item(seminar, "Workshop");
        star(anna, workshop);
        signIn(organiser);
        seminars.cancel(seminar.id(), "Strike");
        signOut();

        var event = Icals.onlyEvent(Icals.parseValid(feeds.personalFeed(idOf(anna)).body()));
        assertThat(Icals.value(event, "UID")).isEqualTo(workshop.icalUid());
        assertThat(Icals.value(event, "STATUS")).isEqualTo("CANCELLED");
        // The agenda's own reaction (after the commit) raises the item's SEQUENCE, so calendars take the change.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Icals.value(
                Icals.onlyEvent(Icals.parseValid(feeds.personalFeed(idOf(anna)).body())), "SEQUENCE")).isEqualTo("1"));
    }
}
