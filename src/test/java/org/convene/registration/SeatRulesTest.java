package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.base.ConveneException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeatRulesTest {

    @Test
    void a_free_seat_is_taken_and_the_waiting_list_is_not_asked() {
        assertThat(SeatRules.place(1, () -> {
            throw new AssertionError("no waiting-list look-up when a seat is free");
        })).isEqualTo(new SeatRules.Seat());
    }

    @Test
    void without_a_free_seat_the_registration_goes_behind_the_last_in_line() {
        assertThat(SeatRules.place(0, () -> 0)).isEqualTo(new SeatRules.InLine(1));
        assertThat(SeatRules.place(0, () -> 3)).isEqualTo(new SeatRules.InLine(4));
    }

    @Test
    void a_capacity_lowered_below_the_seats_given_leaves_no_seat() {
        assertThat(SeatRules.seatsLeft(10, 12)).isEqualTo(-2);
        assertThat(SeatRules.place(SeatRules.seatsLeft(10, 12), () -> 2)).isEqualTo(new SeatRules.InLine(3));
        assertThat(SeatRules.seatsLeft(10, 7)).isEqualTo(3);
    }

    @Test
    void a_first_registration_and_one_after_a_cancellation_are_allowed() {
        assertThatCode(() -> SeatRules.checkMayEnrol(null, false)).doesNotThrowAnyException();
        assertThatCode(() -> SeatRules.checkMayEnrol(RegistrationStatus.CANCELLED, false)).doesNotThrowAnyException();
        assertThatCode(() -> SeatRules.checkMayEnrol(RegistrationStatus.CANCELLED, true)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = {"PENDING", "CONFIRMED", "WAITLISTED"})
    void an_active_registration_cannot_register_again(RegistrationStatus status) {
        assertRefused(() -> SeatRules.checkMayEnrol(status, false), "registration.already");
    }

    @Test
    void an_invitation_turns_a_pending_request_into_a_registration_but_not_a_seat_or_a_place_in_line() {
        assertThatCode(() -> SeatRules.checkMayEnrol(RegistrationStatus.PENDING, true)).doesNotThrowAnyException();
        assertRefused(() -> SeatRules.checkMayEnrol(RegistrationStatus.CONFIRMED, true), "registration.already");
        assertRefused(() -> SeatRules.checkMayEnrol(RegistrationStatus.WAITLISTED, true), "registration.already");
    }

    @Test
    void after_a_rejection_the_organisers_decision_stands_even_with_an_invitation() {
        assertRefused(() -> SeatRules.checkMayEnrol(RegistrationStatus.REJECTED, false), "registration.rejected-before");
        assertRefused(() -> SeatRules.checkMayEnrol(RegistrationStatus.REJECTED, true), "registration.rejected-before");
    }

    @Test
    void only_active_registrations_can_be_cancelled() {
        for (var s : RegistrationStatus.values()) {
            if (s.isActive()) {
                assertThatCode(() -> SeatRules.checkMayCancel(s)).doesNotThrowAnyException();
            } else {
                assertRefused(() -> SeatRules.checkMayCancel(s), "registration.cancel.not-active");
            }
        }
    }

    @Test
    void only_pending_registrations_can_be_approved_and_the_refusal_names_the_person() {
        assertThatCode(() -> SeatRules.checkMayApprove(RegistrationStatus.PENDING, "Ana")).doesNotThrowAnyException();
        assertThatThrownBy(() -> SeatRules.checkMayApprove(RegistrationStatus.WAITLISTED, "Ana Costa"))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("registration.approve.not-pending");
                    assertThat(e.getMessage()).contains("Ana Costa");
                });
    }

    @Test
    void only_pending_or_waiting_registrations_can_be_rejected() {
        for (var s : RegistrationStatus.values()) {
            if (s == RegistrationStatus.PENDING || s == RegistrationStatus.WAITLISTED) {
                assertThatCode(() -> SeatRules.checkMayReject(s)).doesNotThrowAnyException();
            } else {
                assertRefused(() -> SeatRules.checkMayReject(s), "registration.reject.not-allowed");
            }
        }
    }

    @Test
    void promotion_ahead_of_turn_needs_someone_in_line_and_a_free_seat() {
        assertThatCode(() -> SeatRules.checkMayPromote(RegistrationStatus.WAITLISTED, 1)).doesNotThrowAnyException();
        assertRefused(() -> SeatRules.checkMayPromote(RegistrationStatus.WAITLISTED, 0), "registration.promote.full");
        assertRefused(() -> SeatRules.checkMayPromote(RegistrationStatus.WAITLISTED, -1), "registration.promote.full");
        assertRefused(() -> SeatRules.checkMayPromote(RegistrationStatus.PENDING, 5), "registration.promote.not-waitlisted");
    }

    @Test
    void only_confirmed_participants_are_checked_in() {
        assertThatCode(() -> SeatRules.checkMayCheckIn(RegistrationStatus.CONFIRMED)).doesNotThrowAnyException();
        assertRefused(() -> SeatRules.checkMayCheckIn(RegistrationStatus.WAITLISTED), "registration.check-in.not-confirmed");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConveneException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
