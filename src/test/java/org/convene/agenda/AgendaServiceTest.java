package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.agenda.AgendaFixtures.aPerson;
import static org.convene.agenda.AgendaFixtures.anItem;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

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

@RecordApplicationEvents
class AgendaServiceTest extends IntegrationTest {

    @Autowired
    AgendaService agendas;

    @Autowired
    RoomsAndPeopleService roomsAndPeople;

    @Autowired
    AgendaPublishingService publishing;

    @Autowired
    AgendaStarService starring;
    @Autowired
    SeminarService seminars;
    @Autowired
    ApplicationEvents events;

    String organiser;
    long seminarId;
    SeminarDetails seminar;
    LocalDateTime day1;
    long roomA;
    long roomB;

    @BeforeEach
    void aSeminarWithTwoRooms() {
        organiser = aUser("Agenda Organiser", Role.ORGANISER);
        signIn(organiser);
        seminarId = seminars.create(aSeminarForm("Agenda " + UUID.randomUUID(), 30, 40));
        seminar = seminars.get(seminarId);
        day1 = seminar.startsAt().toLocalDate().atStartOfDay();
        roomA = roomsAndPeople.saveRoom(seminarId, null, "Sala Mattarella");
        roomB = roomsAndPeople.saveRoom(seminarId, null, "Sala Martorana");
    }

    @Test
    void items_are_stored_and_listed_in_time_order() {
        agendas.saveItem(seminarId, null, anItem("Second", day1.withHour(11), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("First", day1.withHour(9), 90, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Parallel", day1.withHour(9).withMinute(30), 60, roomB), false);

        assertThat(agendas.draft(seminarId).items()).extracting(DraftItem::title)
                .containsExactly("First", "Parallel", "Second");
        assertThat(agendas.draft(seminarId).newItemIds()).hasSize(3);
    }

    @Test
    void bad_input_is_refused_on_its_field_and_nothing_is_stored() {
        var good = anItem("Good", day1.withHour(10), 60, roomA);
        assertRefused(good.withTimes(day1.withHour(10), day1.withHour(9)), "endsAt", "agenda.item.end-before-start");
        assertRefused(good.withTimes(day1.withHour(10), day1.withHour(10)), "endsAt", "agenda.item.end-before-start");
        assertRefused(good.withTimes(day1.minusDays(1).withHour(10), day1.minusDays(1).withHour(11)), "startsAt",
                "agenda.item.outside-dates");
        assertRefused(good.withTimes(day1.plusDays(2).withHour(10), day1.plusDays(2).withHour(11)), "startsAt",
                "agenda.item.outside-dates");
        assertRefused(new ItemForm("x".repeat(ItemForm.TITLE_MAX + 1), "", ItemType.PANEL, good.startsAt(),
                good.endsAt(), roomA, "", "", List.of(), List.of()), "title", "validation.too-long");
        assertRefused(new ItemForm("   ", "", ItemType.PANEL, good.startsAt(), good.endsAt(), roomA, "", "", List.of(),
                List.of()), "title", "validation.required");
        assertRefused(new ItemForm("Bell\u0007", "", ItemType.PANEL, good.startsAt(), good.endsAt(), roomA, "", "",
                List.of(), List.of()), "title", "validation.control-characters");
        assertRefused(new ItemForm("Long", "d".repeat(ItemForm.DESCRIPTION_MAX + 1), ItemType.PANEL, good.startsAt(),
                good.endsAt(), roomA, "", "", List.of(), List.of()), "description", "validation.too-long");
        assertRefused(new ItemForm("No type", "", null, good.startsAt(), good.endsAt(), roomA, "", "", List.of(),
                List.of()), "type", "validation.required");
        assertRefused(new ItemForm("Link", "", ItemType.PANEL, good.startsAt(), good.endsAt(), roomA, "",
                "javascript:alert(1)", List.of(), List.of()), "onlineLink", "agenda.link.invalid");
        assertRefused(new ItemForm("Lang", "", ItemType.PANEL, good.startsAt(), good.endsAt(), roomA, "xx", "",
                List.of(), List.of()), "language", "agenda.language.invalid");
        assertRefused(anItem("Foreign room", day1.withHour(10), 60, Long.MAX_VALUE), "roomId", "agenda.room.unknown");
        assertRefused(anItem("Unknown speaker", day1.withHour(10), 60, roomA, List.of(Long.MAX_VALUE)), "speakerIds",
                "agenda.person.unknown");

        assertThat(agendas.draft(seminarId).items()).isEmpty();
    }

    @Test
    void a_time_that_does_not_exist_because_of_daylight_saving_is_refused() {
        var sunday = AgendaFixtures.nextLastSunday(java.time.Month.MARCH);
        var spring = seminars.create(org.convene.seminar.SeminarFixtures.withTimes(aSeminarForm("Spring " + UUID.randomUUID(), 1, 40),
                sunday.minusDays(1).atTime(9, 0), sunday.plusDays(1).atTime(17, 0)));

        assertThatThrownBy(() -> agendas.saveItem(spring, null, anItem("Night owls", sunday.atTime(2, 30), 60, null), false))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getField()).isEqualTo("startsAt");
                    assertThat(e.getMessageKey()).isEqualTo("agenda.item.dst-gap");
                });
        agendas.saveItem(spring, null, anItem("Early birds", sunday.atTime(3, 0), 60, null), false);
        assertThat(agendas.draft(spring).items()).extracting(DraftItem::title).containsExactly("Early birds");
    }

    @Test
    void html_and_script_are_kept_as_plain_text() {
        var id = agendas.saveItem(seminarId, null, new ItemForm("<script>alert('x')</script> & <b>bold</b>",
                "<img src=x onerror=alert(1)>", ItemType.PLENARY, day1.withHour(9), day1.withHour(10), roomA, "en", "",
                List.of(), List.of()), false);

        var item = agendas.draft(seminarId).items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        assertThat(item.title()).isEqualTo("<script>alert('x')</script> & <b>bold</b>");
        assertThat(item.description()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void two_items_in_the_same_room_may_not_overlap_and_the_refusal_names_the_other_item() {
        agendas.saveItem(seminarId, null, anItem("Opening plenary", day1.withHour(9), 90, roomA), false);

        assertThatThrownBy(() -> agendas.saveItem(seminarId, null, anItem("Late panel", day1.withHour(10), 60, roomA), false))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("agenda.room.conflict");
                    assertThat(new org.convene.base.i18n.TranslationProvider().getTranslation(e.getMessageKey(),
                            java.util.Locale.ENGLISH, e.getArgs())).contains("Opening plenary");
                });
        agendas.saveItem(seminarId, null, anItem("Back to back", day1.withHour(10).withMinute(30), 30, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Other room", day1.withHour(10), 60, roomB), false);
        assertThat(agendas.draft(seminarId).items()).extracting(DraftItem::title)
                .containsExactly("Opening plenary", "Other room", "Back to back");
    }

    @Test
    void a_speaker_in_two_overlapping_items_is_a_warning_that_the_organiser_may_confirm() {
        var eleni = roomsAndPeople.savePerson(seminarId, null, aPerson("Ελένη Παπαδοπούλου"));
        agendas.saveItem(seminarId, null, anItem("Panel A", day1.withHour(9), 60, roomA, List.of(eleni)), false);
        var overlapping = anItem("Workshop B", day1.withHour(9).withMinute(30), 60, roomB, List.of(eleni));

        assertThatThrownBy(() -> agendas.saveItem(seminarId, null, overlapping, false))
                .isInstanceOfSatisfying(SpeakerConflictException.class, e -> {
                    assertThat(e.getConflicts()).extracting(SpeakerConflict::personName).containsExactly("Ελένη Παπαδοπούλου");
                    assertThat(e.getConflicts()).extracting(SpeakerConflict::otherItemTitle).containsExactly("Panel A");
                });
        assertThat(agendas.draft(seminarId).items()).hasSize(1);

        agendas.saveItem(seminarId, null, overlapping, true);
        assertThat(agendas.draft(seminarId).items()).hasSize(2);
    }

    @Test
    void shifting_moves_the_item_and_the_rest_of_its_day_in_all_rooms_and_keeps_durations() {
        var morning = agendas.saveItem(seminarId, null, anItem("Morning", day1.withHour(9), 60, roomA), false);
        var panel = agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(10), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Workshop", day1.withHour(11), 90, roomB), false);
        agendas.saveItem(seminarId, null, anItem("Next day", day1.plusDays(1).withHour(9), 60, roomA), false);

        assertThat(agendas.shiftFollowing(panel, 30, false)).isEqualTo(2);

        var items = agendas.draft(seminarId).items();
        assertThat(items).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime() + "-" + i.endsAt().toLocalTime())
                .containsExactly("Morning@09:00-10:00", "Panel@10:30-11:30", "Workshop@11:30-13:00", "Next day@09:00-10:00");

        assertThatThrownBy(() -> agendas.shiftFollowing(panel, -60, false))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(new org.convene.base.i18n.TranslationProvider()
                        .getTranslation(e.getMessageKey(), java.util.Locale.ENGLISH, e.getArgs())).contains("“Morning”"));
        assertThatThrownBy(() -> agendas.shiftFollowing(morning, 24 * 60, false))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.shift.range"));
        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.startsAt().toLocalTime().toString())
                .containsExactly("09:00", "10:30", "11:30", "09:00");
    }

    @Test
    void moving_an_item_earlier_swaps_it_with_the_previous_one_of_its_room_keeping_durations_and_gap() {
        agendas.saveItem(seminarId, null, anItem("Keynote", day1.withHour(9), 60, roomA), false);
        var coffee = agendas.saveItem(seminarId, null, anItem("Coffee", day1.withHour(10).withMinute(15), 30, roomA), false);

        agendas.move(coffee, true, false);

        assertThat(agendas.draft(seminarId).items())
                .extracting(i -> i.title() + "@" + i.startsAt().toLocalTime() + "-" + i.endsAt().toLocalTime())
                .containsExactly("Coffee@09:00-09:30", "Keynote@09:45-10:45");
        assertThatThrownBy(() -> agendas.move(coffee, true, false))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.move.first"));
    }

    @Test
    void participants_see_only_what_was_published() {
        var publicId = seminar.publicId();
        agendas.saveItem(seminarId, null, anItem("Draft only", day1.withHour(9), 60, roomA), false);
        signIn(aUser("Curious Participant"));
        assertThat(publishing.published(publicId)).as("draft seminar").isEmpty();

        signIn(organiser);
        seminars.publish(seminarId);
        signIn(aUser("Early Participant"));
        var before = publishing.published(publicId).orElseThrow();
        assertThat(before.isPublished()).isFalse();
        assertThat(before.entries()).isEmpty();

        signIn(organiser);
        publishing.publish(seminarId);
        var itemId = agendas.draft(seminarId).items().getFirst().id();
        agendas.saveItem(seminarId, itemId, anItem("Renamed in draft", day1.withHour(9), 60, roomA), false);
        signOut();
        var visitor = publishing.published(publicId).orElseThrow();
        assertThat(visitor.entries()).extracting(AgendaEntry::title).containsExactly("Draft only");
    }

    @Test
    void publishing_again_marks_changed_items_raises_their_sequence_and_announces_the_change() {
        var panel = agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(9), 60, roomA), false);
        var lunch = agendas.saveItem(seminarId, null, anItem("Lunch", day1.withHour(12), 60, roomB), false);
        assertThat(publishing.publish(seminarId)).isEqualTo(1);
        assertThat(events.stream(AgendaPublished.class)).containsExactly(new AgendaPublished(seminarId, 1));
        assertThat(events.stream(AgendaChanged.class)).isEmpty();

        agendas.saveItem(seminarId, panel, anItem("Panel", day1.withHour(14), 60, roomA), false);
        agendas.saveItem(seminarId, lunch, anItem("Lunch (buffet)", day1.withHour(12), 60, roomB), false);
        assertThat(agendas.draft(seminarId).changedItemIds()).containsExactlyInAnyOrder(panel, lunch);
        assertThat(publishing.publish(seminarId)).isEqualTo(2);

        assertThat(events.stream(AgendaPublished.class)).contains(new AgendaPublished(seminarId, 2));
        assertThat(events.stream(AgendaChanged.class)).containsExactly(new AgendaChanged(seminarId, 2, 1));
        var entries = publishing.published(seminar.publicId()).orElseThrow().entries();
        var byTitle = entries.stream().collect(java.util.stream.Collectors.toMap(AgendaEntry::title, e -> e));
        assertThat(byTitle.get("Panel").sequence()).isEqualTo(1);
        assertThat(byTitle.get("Panel").updated()).isTrue();
        assertThat(byTitle.get("Lunch (buffet)").sequence()).as("title only: no new SEQUENCE").isZero();
        assertThat(byTitle.get("Lunch (buffet)").updated()).isTrue();
        assertThat(agendas.draft(seminarId).hasUnpublishedChanges()).isFalse();
        assertThatThrownBy(() -> publishing.publish(seminarId))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.publish.unchanged"));
    }

    @Test
    void a_published_item_that_is_deleted_stays_listed_as_cancelled_with_a_higher_sequence() {
        var panel = agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(9), 60, roomA), false);
        var unpublished = agendas.saveItem(seminarId, null, anItem("Tentative", day1.withHour(11), 60, roomA), false);
        publishing.publish(seminarId);
        agendas.deleteItem(panel);
        agendas.saveItem(seminarId, null, anItem("New panel", day1.withHour(9), 60, roomA), false);
        assertThat(agendas.draft(seminarId).pendingRemovals()).isEqualTo(1);

        publishing.publish(seminarId);

        var entries = publishing.published(seminar.publicId()).orElseThrow().entries();
        var cancelled = entries.stream().filter(e -> e.itemId() == panel).findFirst().orElseThrow();
        assertThat(cancelled.status()).isEqualTo(ItemStatus.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(1);
        assertThat(events.stream(AgendaChanged.class)).containsExactly(new AgendaChanged(seminarId, 2, 1));
        assertThat(entries).extracting(AgendaEntry::title).contains("Tentative", "New panel");
        assertThat(unpublished).isPositive();
    }

    @Test
    void the_agenda_of_a_cancelled_seminar_cannot_be_changed() {
        var id = agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(9), 60, roomA), false);
        seminars.cancel(seminarId, "Venue unavailable");

        assertThatThrownBy(() -> agendas.saveItem(seminarId, id, anItem("Panel 2", day1.withHour(9), 60, roomA), false))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.seminar.cancelled"));
        assertThatThrownBy(() -> publishing.publish(seminarId)).isInstanceOf(ConveneException.class);
        assertThatThrownBy(() -> agendas.deleteItem(id)).isInstanceOf(ConveneException.class);
        assertThat(agendas.draft(seminarId).items()).extracting(DraftItem::title).containsExactly("Panel");
    }

    @Test
    void cancelling_the_seminar_cancels_its_published_sessions_with_a_higher_sequence() {
        agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(9), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Lunch", day1.withHour(12), 60, roomB), false);
        seminars.publish(seminarId);
        publishing.publish(seminarId);

        seminars.cancel(seminarId, "Venue flooded");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(publishing.published(seminar.publicId()).orElseThrow().entries())
                        .allSatisfy(e -> {
                            assertThat(e.status()).isEqualTo(ItemStatus.CANCELLED);
                            assertThat(e.sequence()).isEqualTo(1);
                        }).hasSize(2));
    }

    @Test
    void two_organisers_booking_the_same_room_at_once_cannot_both_succeed() throws Exception {
        var successes = concurrently(4, n -> agendas.saveItem(seminarId, null, anItem("Concurrent " + n, day1.withHour(9), 60, roomA), false));
        assertThat(successes).isEqualTo(1);
        assertThat(agendas.draft(seminarId).items()).hasSize(1);

        // The very first change of an agenda (its row does not exist yet) is serialised too.
        var fresh = seminars.create(aSeminarForm("Fresh " + UUID.randomUUID(), 30, 40));
        assertThat(concurrently(4, n -> roomsAndPeople.saveRoom(fresh, null, "Plenary hall"))).isEqualTo(1);
        assertThat(agendas.draft(fresh).rooms()).hasSize(1);
    }

    /** Runs the work on real threads released at once, as the signed-in organiser; counts those not refused. */
    private int concurrently(int threads, java.util.function.IntConsumer work) throws Exception {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var gate = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (var n = 0; n < threads; n++) {
                var index = n;
                results.add(pool.submit(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                    gate.await();
                    try {
                        work.accept(index);
                        return true;
                    } catch (ConveneException e) {
                        return false;
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                }));
            }
            gate.countDown();
            var successes = 0;
            for (var r : results) {
                successes += r.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            return successes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void only_organisers_edit_an_agenda() {
        signIn(aUser("Participant Pat"));
        assertThatThrownBy(() -> agendas.saveItem(seminarId, null, anItem("Sneaky", day1.withHour(9), 60, roomA), false))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> agendas.draft(seminarId)).isInstanceOf(AuthorizationDeniedException.class);
        signOut();
        assertThatThrownBy(() -> publishing.publish(seminarId)).isInstanceOf(Exception.class);
        signIn(organiser);
        assertThat(agendas.draft(seminarId).items()).isEmpty();
    }

    @Test
    void rooms_and_people_in_use_cannot_be_deleted_and_names_are_unique() {
        var person = roomsAndPeople.savePerson(seminarId, null, aPerson("Олена Коваленко"));
        agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(9), 60, roomA, List.of(person)), false);

        assertThatThrownBy(() -> roomsAndPeople.deleteRoom(roomA))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.room.in-use"));
        assertThatThrownBy(() -> roomsAndPeople.deletePerson(person))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.person.in-use"));
        assertThatThrownBy(() -> roomsAndPeople.saveRoom(seminarId, null, "sala mattarella"))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("name"));
        assertThatThrownBy(() -> roomsAndPeople.savePerson(seminarId, null, aPerson("Олена Коваленко")))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("agenda.person.taken"));
        roomsAndPeople.deleteRoom(roomB);
        assertThat(agendas.draft(seminarId).rooms()).extracting(RoomRow::name).containsExactly("Sala Mattarella");
        assertThat(agendas.draft(seminarId).people()).hasSize(1);
    }

    @Test
    void a_participant_stars_published_items_for_their_own_programme() {
        var panel = agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(9), 60, roomA), false);
        seminars.publish(seminarId);
        publishing.publish(seminarId);
        var participant = aUser("Star Gazer");
        signIn(participant);

        starring.setStarred(panel, true);
        starring.setStarred(panel, true);
        assertThat(starring.starredItemIds(seminarId)).containsExactly(panel);
        starring.setStarred(panel, false);
        assertThat(starring.starredItemIds(seminarId)).isEmpty();
        signOut();
        assertThatThrownBy(() -> starring.setStarred(panel, true)).isInstanceOf(ConveneException.class);
    }

    private void assertRefused(ItemForm form, String field, String key) {
        assertThatThrownBy(() -> agendas.saveItem(seminarId, null, form, false))
                .as(form.title() + " / " + field)
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessageKey()).isEqualTo(key);
                });
    }
}
