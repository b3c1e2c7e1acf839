package org.convene.registration;

import java.util.function.IntSupplier;
import org.convene.base.ConveneException;

/**
 * The seat and waiting-list rules, without the database: where a new or approved registration goes,
 * and which changes a registration's status allows. {@link Seats} applies them under the seminar's lock.
 */
final class SeatRules {

    private SeatRules() {
    }

    /** Where a registration that may take a seat now goes. */
    sealed interface Place {
    }

    /** A seat. */
    record Seat() implements Place {
    }

    /** The back of the waiting list, at this position (1 = next in line). */
    record InLine(int position) implements Place {
    }

    /** Seats still free; negative when the capacity was lowered below the seats already given. */
    static long seatsLeft(int capacity, long confirmed) {
        return capacity - confirmed;
    }

    /**
     * A seat if one is free, else the place behind the last one in line (positions stay 1..n). The last
     * position is asked for only when there is no seat.
     */
    static Place place(long seatsLeft, IntSupplier lastWaitlistPosition) {
        return seatsLeft > 0 ? new Seat() : new InLine(lastWaitlistPosition.getAsInt() + 1);
    }

    /**
     * Registering (again): refused while a registration is active, except a pending one accepted through
     * an invitation, and after a rejection (the organiser's decision stands). {@code current} is null when
     * the person never registered.
     */
    static void checkMayEnrol(RegistrationStatus current, boolean invited) {
        var pendingInvited = invited && current == RegistrationStatus.PENDING;
        if (current != null && current.isActive() && !pendingInvited) {
            throw new ConveneException("registration.already");
        }
        if (current == RegistrationStatus.REJECTED) {
            throw new ConveneException("registration.rejected-before");
        }
    }

    static void checkMayCancel(RegistrationStatus current) {
        if (!current.isActive()) {
            throw new ConveneException("registration.cancel.not-active");
        }
    }

    static void checkMayApprove(RegistrationStatus current, String fullName) {
        if (current != RegistrationStatus.PENDING) {
            throw new ConveneException("registration.approve.not-pending", fullName);
        }
    }

    static void checkMayReject(RegistrationStatus current) {
        if (current != RegistrationStatus.PENDING && current != RegistrationStatus.WAITLISTED) {
            throw new ConveneException("registration.reject.not-allowed");
        }
    }

    /** Ahead of their turn, by an organiser: only someone in line, and only into a free seat. */
    static void checkMayPromote(RegistrationStatus current, long seatsLeft) {
        if (current != RegistrationStatus.WAITLISTED) {
            throw new ConveneException("registration.promote.not-waitlisted");
        }
        if (seatsLeft <= 0) {
            throw new ConveneException("registration.promote.full");
        }
    }

    static void checkMayCheckIn(RegistrationStatus current) {
        if (current != RegistrationStatus.CONFIRMED) {
            throw new ConveneException("registration.check-in.not-confirmed");
        }
    }
}
