package org.convene.registration;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.seminar.SeminarAvailability;
import org.convene.seminar.SeminarDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the seminar module about seats and the waiting list, without it knowing registrations. */
@Component
class RegistrationAvailability implements SeminarAvailability {

    private final RegistrationRepository registrations;
    private final Clock clock;

    RegistrationAvailability(RegistrationRepository registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public int confirmedCount(long seminarId) {
        return (int) registrations.countBySeminarIdAndStatus(seminarId, RegistrationStatus.CONFIRMED);
    }

    @Override
    @Transactional(readOnly = true)
    public Availability availability(SeminarDetails seminar) {
        var confirmed = confirmedCount(seminar.id());
        var waiting = (int) registrations.countBySeminarIdAndStatus(seminar.id(), RegistrationStatus.WAITLISTED);
        var seatsLeft = Math.max(0, seminar.capacity() - confirmed);
        return new Availability(state(seminar, seatsLeft, waiting), seatsLeft, waiting);
    }

    /** One grouped count for the whole page (the catalogue's cards), not two per seminar. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, Availability> availability(Collection<SeminarDetails> seminars) {
        if (seminars.isEmpty()) {
            return Map.of();
        }
        var ids = seminars.stream().map(SeminarDetails::id).distinct().toList();
        var confirmed = new HashMap<Long, Integer>();
        var waiting = new HashMap<Long, Integer>();
        for (var row : registrations.countBySeminarIdInAndStatusIn(ids,
                List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))) {
            var counts = row.status() == RegistrationStatus.CONFIRMED ? confirmed : waiting;
            counts.put(row.seminarId(), (int) row.count());
        }
        var byId = new HashMap<Long, Availability>();
        for (var seminar : seminars) {
            var seatsLeft = Math.max(0, seminar.capacity() - confirmed.getOrDefault(seminar.id(), 0));
            var onList = waiting.getOrDefault(seminar.id(), 0);
            byId.put(seminar.id(), new Availability(state(seminar, seatsLeft, onList), seatsLeft, onList));
        }
        return byId;
    }

    /** The seminar's own state ({@link SeminarDetails#registrationState}), a waiting list when open without a free seat. */
    State state(SeminarDetails seminar, int seatsLeft, int waiting) {
        var state = seminar.registrationState(clock);
        return state == State.OPEN && !(seatsLeft > 0 && waiting == 0) ? State.WAITING_LIST : state;
    }
}
