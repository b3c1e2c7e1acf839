package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withApproval;
import static org.convene.seminar.SeminarFixtures.withCapacity;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.seminar.SeminarAvailability;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class RegistrationServiceTest extends IntegrationTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;
    @Autowired
    SeminarAvailability availability;
    @Autowired
    ApplicationEvents events;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("Registration Organiser", Role.ORGANISER);
    }

    @Test
    void a_free_seat_confirms_the_registration_and_a_full_seminar_puts_the_next_on_the_waiting_list() {
        var seminar = published(aSeminarForm("Seats " + UUID.randomUUID(), 30, 1));
        var first = registerAs(aUser("First Person"), seminar);
        var second = registerAs(aUser("Second Person"), seminar);

        signIn(organiser);
        assertThat(organisers.get(first).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(organisers.get(second).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(organisers.get(second).getWaitlistPosition()).isEqualTo(1);
        assertThat(events.stream(RegistrationConfirmed.class)).extracting(RegistrationConfirmed::registrationId).contains(first);
        assertThat(events.stream(RegistrationWaitlisted.class)).extracting(RegistrationWaitlisted::registrationId).contains(second);
        var seats = availability.availability(seminars.get(seminar));
        assertThat(seats).isEqualTo(new SeminarAvailability.Availability(SeminarAvailability.State.WAITING_LIST, 0, 1));
        assertThat(availability.confirmedCount(seminar)).isEqualTo(1);
    }

    @Test
    void a_second_registration_of_the_same_person_is_refused_and_nothing_more_is_stored() {
        var seminar = published(aSeminarForm("Twice " + UUID.randomUUID(), 30, 10));
        var person = aUser("Twice Person");
        registerAs(person, seminar);

        assertThatThrownBy(() -> registrations.register(seminar, aRegistrationForm()))
                .isInstanceOfSatisfying(ConveneException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("registration.already"));
        signIn(organiser);
        assertThat(organisers.page(seminar, ParticipantFilter.none(), Pageable.ofSize(10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_on_its_field_and_nothing_is_stored() {
        var seminar = published(aSeminarForm("Bad input " + UUID.randomUUID(), 30, 10));
        signIn(aUser("Careless Person"));
        var good = aRegistrationForm();
        assertRefused(seminar, new RegistrationForm(good.organisation(), "XX", good.sector(), null, "", "", "", false, true), "country");
        assertRefused(seminar, new RegistrationForm(good.organisation(), "", good.sector(), null, "", "", "", false, true), "country");
        assertRefused(seminar, new RegistrationForm(good.organisation(), "FR", null, null, "", "", "", false, true), "sector");
        assertRefused(seminar, new RegistrationForm(good.organisation(), "FR", Sector.HEALTH, null, "", "", "xx", false, true),
                "interpretationLanguage");
        assertRefused(seminar, new RegistrationForm("x".repeat(201), "FR", Sector.HEALTH, null, "", "", "", false, true),
                "organisation");
        assertRefused(seminar, new RegistrationForm("Evil\u0007Org", "FR", Sector.HEALTH, null, "", "", "", false, true),
                "organisation");
        assertRefused(seminar, new RegistrationForm("", "FR", Sector.HEALTH, null, "y".repeat(1001), "", "", false, true),
                "accessibilityNeeds");
        assertRefused(seminar, new RegistrationForm("", "FR", Sector.HEALTH, null, "", "", "", true, false), "privacyConsent");

        assertThat(registrations.mine(seminar)).isEmpty();
        signIn(organiser);
        assertThat(organisers.page(seminar, ParticipantFilter.none(), Pageable.ofSize(10)).getTotalElements()).isZero();
    }

    @Test
    void drafts_closed_windows_and_cancelled_seminars_refuse_registrations_even_by_a_crafted_call() {
        signIn(organiser);
        var title = "Refusing " + UUID.randomUUID();
        var draft = seminars.create(aSeminarForm(title + " draft", 30, 10));
        var good = aSeminarForm(title + " closed", 30, 10);
        var closed = published(new SeminarForm(good.title(), good.summary(), good.description(), good.themes(), good.format(),
                good.venueName(), good.venueAddress(), good.venueCity(), good.venueCountry(), good.onlineLink(),
                good.timeZone(), good.startsAt(), good.endsAt(), good.languages(), good.capacity(),
                LocalDateTime.now().minusDays(5), LocalDateTime.now().minusDays(2), false, good.visibility()));
        var notYet = published(new SeminarForm(good.title(), good.summary(), good.description(), good.themes(), good.format(),
                good.venueName(), good.venueAddress(), good.venueCity(), good.venueCountry(), good.onlineLink(),
                good.timeZone(), good.startsAt(), good.endsAt(), good.languages(), good.capacity(),
                LocalDateTime.now().plusDays(2), LocalDateTime.now().plusDays(5), false, good.visibility()));
        var cancelled = published(aSeminarForm(title + " cancelled", 30, 10));
        signIn(organiser);
        seminars.cancel(cancelled, "Venue unavailable");

        signIn(aUser("Eager Person"));
        assertThatThrownBy(() -> registrations.register(draft, aRegistrationForm())).isInstanceOf(NotFoundException.class);
        for (var id : List.of(closed, notYet, cancelled)) {
            assertThatThrownBy(() -> registrations.register(id, aRegistrationForm()))
                    .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("registration.closed"));
            assertThat(registrations.mine(id)).isEmpty();
        }
        assertThatThrownBy(() -> registrations.register(Long.MAX_VALUE, aRegistrationForm())).isInstanceOf(NotFoundException.class);
        signIn(organiser);
        assertThat(availability.availability(seminars.get(closed)).state()).isEqualTo(SeminarAvailability.State.CLOSED);
        assertThat(availability.availability(seminars.get(notYet)).state()).isEqualTo(SeminarAvailability.State.NOT_YET_OPEN);
        assertThat(availability.availability(seminars.get(cancelled)).state()).isEqualTo(SeminarAvailability.State.UNAVAILABLE);
        assertThat(availability.availability(seminars.get(draft)).state()).isEqualTo(SeminarAvailability.State.UNAVAILABLE);
    }

    @Test
    void a_cancellation_promotes_the_first_in_line_and_renumbers_the_waiting_list() {
        var seminar = published(aSeminarForm("Promotion " + UUID.randomUUID(), 30, 2));
        var alice = aUser("Alice Seat");
        var a = registerAs(alice, seminar);
        registerAs(aUser("Bob Seat"), seminar);
        var c = registerAs(aUser("Carol Waiting"), seminar);
        var d = registerAs(aUser("Dan Waiting"), seminar);
        var e = registerAs(aUser("Eve Waiting"), seminar);

        signIn(alice);
        registrations.cancelMine(a);

        signIn(organiser);
        assertThat(organisers.get(a).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(organisers.get(c).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(organisers.get(c).getWaitlistPosition()).isNull();
        assertThat(organisers.get(d).getWaitlistPosition()).isEqualTo(1);
        assertThat(organisers.get(e).getWaitlistPosition()).isEqualTo(2);
        assertThat(events.stream(RegistrationPromoted.class)).extracting(RegistrationPromoted::registrationId).containsExactly(c);
        assertThat(events.stream(RegistrationCancelled.class)).extracting(RegistrationCancelled::registrationId).containsExactly(a);

        // Someone leaving the middle of the waiting list closes the gap too.
        organisers.cancel(d);
        assertThat(organisers.get(e).getWaitlistPosition()).isEqualTo(1);
    }

    @Test
    void registering_again_after_a_cancellation_reactivates_the_same_registration_at_the_back_of_the_queue() {
        var seminar = published(aSeminarForm("Again " + UUID.randomUUID(), 30, 1));
        var person = aUser("Returning Person");
        var first = registerAs(person, seminar);
        registerAs(aUser("Waiting Person"), seminar);
        signIn(person);
        registrations.cancelMine(first);

        var again = registrations.register(seminar, aRegistrationForm("BE", Sector.RESEARCH, null));

        assertThat(again).isEqualTo(first);
        var r = registrations.mine(seminar).orElseThrow();
        assertThat(r.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(r.getWaitlistPosition()).isEqualTo(1);
        assertThat(r.getCountry()).isEqualTo("BE");
        assertThatThrownBy(() -> registrations.cancelMine(first + 1_000_000)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void approval_mode_keeps_registrations_pending_until_an_organiser_decides() {
        var seminar = published(withApproval(aSeminarForm("Approval " + UUID.randomUUID(), 30, 1)));
        var p1 = registerAs(aUser("Pending One"), seminar);
        var p2 = registerAs(aUser("Pending Two"), seminar);
        var p3 = registerAs(aUser("Pending Three"), seminar);
        assertThat(events.stream(RegistrationSubmitted.class)).extracting(RegistrationSubmitted::registrationId)
                .containsExactly(p1, p2, p3);

        signIn(organiser);
        assertThat(organisers.get(p1).getStatus()).isEqualTo(RegistrationStatus.PENDING);
        organisers.approveAll(List.of(p1, p2));
        assertThat(organisers.get(p1).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(organisers.get(p2).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(organisers.get(p2).getWaitlistPosition()).isEqualTo(1);

        assertThatThrownBy(() -> organisers.approve(p1))
                .isInstanceOfSatisfying(ConveneException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("registration.approve.not-pending"));
        assertThatThrownBy(() -> organisers.approveAll(List.of(p3, p1))).isInstanceOf(ConveneException.class);
        assertThat(organisers.get(p3).getStatus()).isEqualTo(RegistrationStatus.PENDING);

        assertThatThrownBy(() -> organisers.reject(p3, "  ")).isInstanceOfSatisfying(ConveneException.class,
                e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThat(organisers.get(p3).getStatus()).isEqualTo(RegistrationStatus.PENDING);
        organisers.reject(p3, "The seminar is for practitioners");
        assertThat(organisers.get(p3).getStatus()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(organisers.get(p3).getRejectionReason()).isEqualTo("The seminar is for practitioners");
        assertThat(events.stream(RegistrationRejected.class)).extracting(RegistrationRejected::reason)
                .containsExactly("The seminar is for practitioners");
    }

    @Test
    void a_person_declined_once_cannot_register_again() {
        var seminar = published(withApproval(aSeminarForm("Declined " + UUID.randomUUID(), 30, 5)));
        var person = aUser("Declined Person");
        var id = registerAs(person, seminar);
        signIn(organiser);
        organisers.reject(id, "Not eligible");
        signIn(person);
        assertThatThrownBy(() -> registrations.register(seminar, aRegistrationForm()))
                .isInstanceOfSatisfying(ConveneException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("registration.rejected-before"));
    }

    @Test
    void a_capacity_increase_promotes_the_waiting_list_after_commit() {
        var form = aSeminarForm("Bigger room " + UUID.randomUUID(), 30, 1);
        var seminar = published(form);
        registerAs(aUser("Seat Holder"), seminar);
        var w1 = registerAs(aUser("Waiting A"), seminar);
        var w2 = registerAs(aUser("Waiting B"), seminar);
        var w3 = registerAs(aUser("Waiting C"), seminar);

        signIn(organiser);
        seminars.update(seminar, withCapacity(form, 3));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> registrations.findForSystem(w2).orElseThrow().getStatus() == RegistrationStatus.CONFIRMED);
        assertThat(organisers.get(w1).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(organisers.get(w3).getWaitlistPosition()).isEqualTo(1);
        assertThat(availability.confirmedCount(seminar)).isEqualTo(3);
    }

    @Test
    void an_organiser_moves_someone_from_the_waiting_list_only_when_a_seat_is_free() {
        var form = aSeminarForm("Move " + UUID.randomUUID(), 30, 1);
        var seminar = published(form);
        var holder = registerAs(aUser("Seat Holder"), seminar);
        var w1 = registerAs(aUser("Waiting One"), seminar);
        var w2 = registerAs(aUser("Waiting Two"), seminar);

        signIn(organiser);
        assertThatThrownBy(() -> organisers.promote(w2)).isInstanceOfSatisfying(ConveneException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("registration.promote.full"));
        assertThat(organisers.get(w2).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThatThrownBy(() -> organisers.promote(holder)).isInstanceOf(ConveneException.class);

        organisers.reject(w1, "Duplicate account");
        assertThat(organisers.get(w2).getWaitlistPosition()).isEqualTo(1);
    }

    @Test
    void check_in_records_the_arrival_of_confirmed_participants_only() {
        var seminar = published(aSeminarForm("Check-in " + UUID.randomUUID(), 30, 1));
        var confirmed = registerAs(aUser("Arriving Person"), seminar);
        var waiting = registerAs(aUser("Waiting Person"), seminar);

        signIn(organiser);
        assertThat(organisers.setAttended(confirmed, true).getAttendedAt()).isNotNull();
        assertThat(organisers.setAttended(confirmed, false).getAttendedAt()).isNull();
        assertThatThrownBy(() -> organisers.setAttended(waiting, true)).isInstanceOfSatisfying(ConveneException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("registration.check-in.not-confirmed"));
        assertThat(organisers.get(waiting).getAttendedAt()).isNull();
    }

    @Test
    void participants_cannot_use_organiser_actions_or_touch_other_peoples_registrations() {
        var seminar = published(aSeminarForm("Guarded " + UUID.randomUUID(), 30, 5));
        var victim = registerAs(aUser("Victim Person"), seminar);
        signIn(aUser("Nosy Person"));

        assertThatThrownBy(() -> registrations.cancelMine(victim)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organisers.cancel(victim)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> organisers.approve(victim)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> organisers.page(seminar, ParticipantFilter.none(), Pageable.ofSize(5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn(organiser);
        assertThat(organisers.get(victim).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void the_participant_list_shows_only_people_who_agreed_to_appear_on_it() {
        var seminar = published(aSeminarForm("Listed " + UUID.randomUUID(), 30, 5));
        var listed = aUser("Listed Person");
        registerAs(listed, seminar);
        signIn(aUser("Hidden Person"));
        registrations.register(seminar, aRegistrationForm("FR", Sector.HEALTH, null));

        signIn(listed);
        assertThat(registrations.listedParticipants(seminar)).extracting(Registration::getFullName).containsExactly("Listed Person");
        signIn(aUser("Outsider"));
        assertThatThrownBy(() -> registrations.listedParticipants(seminar)).isInstanceOf(ConveneException.class);
    }

    private long published(SeminarForm form) {
        signIn(organiser);
        var id = seminars.create(form);
        seminars.publish(id);
        return id;
    }

    private long registerAs(String email, long seminar) {
        signIn(email);
        return registrations.register(seminar, aRegistrationForm());
    }

    private void assertRefused(long seminar, RegistrationForm form, String field) {
        assertThatThrownBy(() -> registrations.register(seminar, form))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo(field));
    }
}
