package org.convene.registration;

import java.time.Clock;
import org.convene.seminar.SeminarDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Seats and the waiting list of one seminar, applied to the database. Every method runs inside
 * {@link SeminarLock} (the caller holds the seminar's lock), so the capacity is never exceeded and
 * waiting-list positions stay 1..n without gaps. The rules themselves are {@link SeatRules}.
 */
@Component
class Seats {

    private final RegistrationRepository registrations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Seats(RegistrationRepository registrations, ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    /** The seat decision: a seat if one is free, else the back of the waiting list (not saved here). */
    void seat(SeminarDetails seminar, Registration r) {
        switch (SeatRules.place(seatsLeft(seminar), () -> registrations.lastWaitlistPosition(seminar.id()))) {
            case SeatRules.Seat seat -> r.confirm(clock.instant());
            case SeatRules.InLine line -> r.waitlist(line.position(), clock.instant());
        }
    }

    /**
     * The seat decision for someone new, with the capacity read under the lock, in one query when nobody
     * is owed a seat: a seat if one is free, else the back of the waiting list (not saved here). Seats
     * freed meanwhile go to those already waiting first.
     */
    void seatNewcomer(long seminarId, int capacity, Registration r) {
        var count = registrations.seatCount(seminarId);
        if (SeatRules.seatsLeft(capacity, count.getConfirmed()) > 0 && count.getLastInLine() > 0) {
            fill(seminarId, capacity);
            count = registrations.seatCount(seminarId);
        }
        var last = count.getLastInLine();
        switch (SeatRules.place(SeatRules.seatsLeft(capacity, count.getConfirmed()), () -> last)) {
            case SeatRules.Seat seat -> r.confirm(clock.instant());
            case SeatRules.InLine line -> r.waitlist(line.position(), clock.instant());
        }
    }

    long seatsLeft(SeminarDetails seminar) {
        return seatsLeft(seminar.id(), seminar.capacity());
    }

    private long seatsLeft(long seminarId, int capacity) {
        return SeatRules.seatsLeft(capacity, registrations.countBySeminarIdAndStatus(seminarId, RegistrationStatus.CONFIRMED));
    }

    /** Gives every free seat to the first in line, in order. */
    void fill(SeminarDetails seminar) {
        fill(seminar.id(), seminar.capacity());
    }

    /** Gives every free seat to the first in line, in order (the capacity as read under the lock). */
    void fill(long seminarId, int capacity) {
        var free = seatsLeft(seminarId, capacity);
        while (free > 0) {
            var next = registrations.findFirstBySeminarIdAndStatusOrderByWaitlistPositionAsc(seminarId,
                    RegistrationStatus.WAITLISTED);
            if (next.isEmpty()) {
                return;
            }
            promote(next.get());
            free--;
        }
    }

    /** From the waiting list to a seat; the line moves up. */
    void promote(Registration r) {
        var position = r.getWaitlistPosition();
        r.confirm(clock.instant());
        registrations.saveAndFlush(r);
        registrations.closeWaitlistGap(r.getSeminarId(), position);
        events.publishEvent(new RegistrationPromoted(r.getId(), r.getSeminarId(), userIdOf(r), r.getVersion()));
    }

    /** Cancels an active registration; its seat goes to the first in line, or the line closes up. */
    void cancel(SeminarDetails seminar, Registration r) {
        SeatRules.checkMayCancel(r.getStatus());
        var position = r.getWaitlistPosition();
        r.cancel(clock.instant());
        registrations.saveAndFlush(r);
        if (position != null) {
            registrations.closeWaitlistGap(seminar.id(), position);
        }
        events.publishEvent(new RegistrationCancelled(r.getId(), seminar.id(), userIdOf(r), r.getVersion()));
        fill(seminar);
    }

    /** Rejects a pending or waiting registration; the line closes up and free seats are given. */
    void reject(SeminarDetails seminar, Registration r, String reason) {
        SeatRules.checkMayReject(r.getStatus());
        var position = r.getWaitlistPosition();
        r.reject(reason, clock.instant());
        registrations.saveAndFlush(r);
        if (position != null) {
            registrations.closeWaitlistGap(seminar.id(), position);
        }
        events.publishEvent(new RegistrationRejected(r.getId(), seminar.id(), userIdOf(r), reason, r.getVersion()));
        fill(seminar);
    }

    /** Publishes the decision a registration just got: a seat, a place in line, or (when new) a request. */
    void announce(Registration r, boolean isNew) {
        var id = r.getId();
        var seminarId = r.getSeminarId();
        var userId = userIdOf(r);
        var version = r.getVersion();
        switch (r.getStatus()) {
            case CONFIRMED -> events.publishEvent(new RegistrationConfirmed(id, seminarId, userId, version));
            case WAITLISTED -> events.publishEvent(new RegistrationWaitlisted(id, seminarId, userId, version));
            case PENDING -> {
                if (isNew) {
                    events.publishEvent(new RegistrationSubmitted(id, seminarId, userId, version));
                }
            }
            case UNVERIFIED -> {
                // Nothing to tell yet: the verification e-mail is on its way; the decision comes with the address.
            }
            default -> throw new IllegalStateException("Not a decision: " + r.getStatus());
        }
    }

    private static long userIdOf(Registration r) {
        return r.getUserId() == null ? 0L : r.getUserId();
    }
}
