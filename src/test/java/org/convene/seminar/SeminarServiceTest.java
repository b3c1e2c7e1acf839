package org.convene.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withCapacity;
import static org.convene.seminar.SeminarFixtures.withTimes;
import static org.convene.seminar.SeminarFixtures.withWindow;

import java.time.LocalDateTime;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class SeminarServiceTest extends IntegrationTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    SeminarRepository repository;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signInAsOrganiser() {
        signIn(aUser("Seminar Organiser", Role.ORGANISER));
    }

    @Test
    void a_published_seminar_appears_in_the_catalogue_and_a_draft_does_not() {
        var title = "Catalogue " + UUID.randomUUID();
        var draft = seminars.create(aSeminarForm(title + " draft", 30, 40));
        var published = seminars.create(aSeminarForm(title + " published", 30, 40));
        seminars.publish(published);
        signOut();

        var page = seminars.catalogue(new SeminarFilter(title, null, null, null, null, null, null, null, false),
                PageRequest.of(0, 10));
        assertThat(page.getContent()).extracting(SeminarDetails::id).containsExactly(published);
        assertThat(seminars.findVisible(draft)).isEmpty();
        assertThat(seminars.findVisible(published)).isPresent();
    }

    @Test
    void bad_input_is_refused_and_nothing_is_stored() {
        var title = "Refused " + UUID.randomUUID();
        var good = aSeminarForm(title, 30, 40);
        assertRefused(withCapacity(good, 0), "capacity");
        assertRefused(withCapacity(good, -3), "capacity");
        assertRefused(withCapacity(good, 100_001), "capacity");
        assertRefused(withTimes(good, good.startsAt(), good.startsAt().minusHours(1)), "endsAt");
        assertRefused(withTimes(good, good.startsAt().minusDays(60), good.startsAt().minusDays(59)), "startsAt");
        assertThat(seminars.search(new SeminarFilter(title, null, null, null, null, null, null, null, true),
                Pageable.ofSize(10)).getTotalElements()).isZero();
    }

    @Test
    void only_organisers_create_seminars() {
        signIn(aUser("Plain Participant"));
        assertThatThrownBy(() -> seminars.create(aSeminarForm("Not allowed", 30, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void rescheduling_a_published_seminar_raises_the_sequence_and_publishes_seminar_rescheduled() {
        var form = aSeminarForm("Reschedule " + UUID.randomUUID(), 30, 40);
        var id = seminars.create(form);
        seminars.publish(id);
        var before = seminars.get(id).icalSequence();

        var newStart = form.startsAt().plusDays(7);
        seminars.update(id, withTimes(form, newStart, newStart.plusHours(8)));

        var after = seminars.get(id);
        assertThat(after.icalSequence()).isEqualTo(before + 1);
        assertThat(after.startsAt()).isEqualTo(newStart);
        assertThat(events.stream(SeminarRescheduled.class).filter(e -> e.seminarId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.previousStart()).isEqualTo(form.startsAt());
                    assertThat(e.newStart()).isEqualTo(newStart);
                    assertThat(e.sequence()).isEqualTo(before + 1);
                });
        assertThat(events.stream(SeminarUpdated.class).filter(e -> e.seminarId() == id))
                .singleElement().extracting(SeminarUpdated::sequence).isEqualTo(before + 1);
    }

    @Test
    void a_larger_capacity_is_no_calendar_change_but_is_announced() {
        var form = aSeminarForm("Capacity " + UUID.randomUUID(), 30, 40);
        var id = seminars.create(form);
        seminars.publish(id);

        seminars.update(id, withCapacity(form, 60));

        assertThat(seminars.get(id).icalSequence()).isZero();
        assertThat(events.stream(SeminarRescheduled.class).filter(e -> e.seminarId() == id)).isEmpty();
        assertThat(events.stream(SeminarUpdated.class).filter(e -> e.seminarId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.capacityIncreased()).isTrue();
                    assertThat(e.placeChanged()).isFalse();
                });
    }

    @Test
    void changes_to_a_draft_announce_nothing() {
        var form = aSeminarForm("Draft change " + UUID.randomUUID(), 30, 40);
        var id = seminars.create(form);
        seminars.update(id, withTimes(form, form.startsAt().plusDays(1), form.endsAt().plusDays(1)));
        assertThat(seminars.get(id).icalSequence()).isZero();
        assertThat(events.stream(SeminarRescheduled.class).filter(e -> e.seminarId() == id)).isEmpty();
        assertThat(events.stream(SeminarUpdated.class).filter(e -> e.seminarId() == id)).isEmpty();
    }

    @Test
    void cancelling_a_published_seminar_raises_the_sequence_and_publishes_seminar_cancelled() {
        var id = seminars.create(aSeminarForm("Cancel " + UUID.randomUUID(), 30, 40));
        seminars.publish(id);
        seminars.cancel(id, "  Venue unavailable  ");

        var cancelled = seminars.get(id);
        assertThat(cancelled.status()).isEqualTo(SeminarStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("Venue unavailable");
        assertThat(cancelled.icalSequence()).isEqualTo(1);
        assertThat(events.stream(SeminarCancelled.class).filter(e -> e.seminarId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.reason()).isEqualTo("Venue unavailable");
                    assertThat(e.sequence()).isEqualTo(1);
                });
        assertThatThrownBy(() -> seminars.cancel(id, "again"))
                .isInstanceOfSatisfying(ConveneException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("seminar.cancel.already"));
    }

    @Test
    void a_cancellation_without_reason_is_refused_and_nothing_changes() {
        var id = seminars.create(aSeminarForm("No reason " + UUID.randomUUID(), 30, 40));
        seminars.publish(id);
        assertThatThrownBy(() -> seminars.cancel(id, "   "))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThat(seminars.get(id).status()).isEqualTo(SeminarStatus.PUBLISHED);
        assertThat(seminars.get(id).icalSequence()).isZero();
    }

    @Test
    void a_duplicate_is_a_draft_one_year_later_with_a_new_identity() {
        var id = seminars.create(aSeminarForm("Duplicate " + UUID.randomUUID(), 30, 40));
        seminars.publish(id);
        var original = seminars.get(id);

        var copyId = seminars.duplicate(id);
        var copy = seminars.get(copyId);

        assertThat(copy.status()).isEqualTo(SeminarStatus.DRAFT);
        assertThat(copy.title()).isEqualTo(original.title());
        assertThat(copy.startsAt()).isEqualTo(original.startsAt().plusYears(1));
        assertThat(copy.registrationClosesAt()).isEqualTo(original.registrationClosesAt().plusYears(1));
        assertThat(copy.publicId()).isNotEqualTo(original.publicId());
        assertThat(copy.icalUid()).isNotEqualTo(original.icalUid());
        assertThat(copy.icalSequence()).isZero();
        assertThat(seminars.organiserIds(copyId)).containsAll(seminars.organiserIds(id));
    }

    @Test
    void the_catalogue_lists_upcoming_seminars_first_and_past_ones_only_on_request() {
        var token = "Past " + UUID.randomUUID();
        var later = published(aSeminarForm(token + " later", 60, 40));
        var sooner = published(aSeminarForm(token + " sooner", 10, 40));
        var lastYear = published(aSeminarForm(token + " last year", 20, 40));
        var lastMonth = published(aSeminarForm(token + " last month", 20, 40));
        moveToPast(lastYear, 365);
        moveToPast(lastMonth, 30);
        signOut();

        var upcoming = seminars.catalogue(new SeminarFilter(token, null, null, null, null, null, null, null, false),
                PageRequest.of(0, 10));
        assertThat(upcoming.getContent()).extracting(SeminarDetails::id).containsExactly(sooner, later);
        var all = seminars.catalogue(new SeminarFilter(token, null, null, null, null, null, null, null, true),
                PageRequest.of(0, 10));
        assertThat(all.getContent()).extracting(SeminarDetails::id).containsExactly(sooner, later, lastMonth, lastYear);
        assertThat(all.getTotalElements()).isEqualTo(4);
        var secondPage = seminars.catalogue(new SeminarFilter(token, null, null, null, null, null, null, null, true),
                PageRequest.of(1, 3));
        assertThat(secondPage.getContent()).extracting(SeminarDetails::id).containsExactly(lastYear);
    }

    @Test
    void the_organisers_list_is_sorted_by_the_column_asked_for() {
        var token = "Sorted " + UUID.randomUUID();
        var b = seminars.create(aSeminarForm(token + " B", 10, 40));
        var a = seminars.create(aSeminarForm(token + " A", 20, 40));
        var filter = new SeminarFilter(token, null, null, null, null, null, null, null, true);
        assertThat(seminars.search(filter, PageRequest.of(0, 10)).getContent()).extracting(SeminarDetails::id)
                .containsExactly(b, a);
        assertThat(seminars.search(filter, PageRequest.of(0, 10, org.springframework.data.domain.Sort.by("title")))
                .getContent()).extracting(SeminarDetails::id).containsExactly(a, b);
    }

    @Test
    void only_people_with_the_organiser_role_become_organisers_of_a_seminar() {
        var id = seminars.create(aSeminarForm("Organisers " + UUID.randomUUID(), 30, 40));
        var colleague = idOf(aUser("Colleague Organiser", Role.ORGANISER));
        var participant = idOf(aUser("Some Participant"));

        seminars.addOrganiser(id, colleague);
        assertThatThrownBy(() -> seminars.addOrganiser(id, participant))
                .isInstanceOfSatisfying(ConveneException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("seminar.organiser.not-organiser"));
        assertThat(seminars.organiserIds(id)).contains(colleague).doesNotContain(participant);
    }

    private long published(SeminarForm form) {
        var id = seminars.create(form);
        seminars.publish(id);
        return id;
    }

    /** Moves a seminar into the past, which the service never allows: only for tests of past seminars. */
    private void moveToPast(long id, int daysAgo) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var seminar = repository.findById(id).orElseThrow();
            var start = LocalDateTime.now().minusDays(daysAgo).withHour(9).withMinute(0).withSecond(0).withNano(0);
            var form = withWindow(withTimes(SeminarForm.of(seminar), start, start.plusHours(8)),
                    start.minusDays(20), start.minusDays(1));
            seminar.apply(form, seminar.getTimeZone());
        });
    }

    private void assertRefused(SeminarForm form, String field) {
        assertThatThrownBy(() -> seminars.create(form))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo(field));
    }
}
