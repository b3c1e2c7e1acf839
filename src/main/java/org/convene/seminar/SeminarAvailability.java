package org.convene.seminar;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the seminar module needs to know of registrations without depending on them: implemented by
 * the registration module (dependency inversion keeps the arrow registration -> seminar).
 */
public interface SeminarAvailability {

    /** People holding a confirmed seat (attended included). */
    int confirmedCount(long seminarId);

    /** Seats, waiting list and whether a person can register now. */
    Availability availability(SeminarDetails seminar);

    /**
     * The same for a page of seminars (id → availability), for lists of cards. Implementations count
     * the whole page in one query rather than one per seminar; this default only loops.
     */
    default Map<Long, Availability> availability(Collection<SeminarDetails> seminars) {
        var byId = new HashMap<Long, Availability>();
        seminars.forEach(s -> byId.put(s.id(), availability(s)));
        return byId;
    }

    /** The derived registration state shown in the catalogue and on the seminar page. */
    record Availability(State state, int seatsLeft, int waitingListSize) {
    }

    enum State {
        /** Not yet published or cancelled: no registration. */
        UNAVAILABLE,
        NOT_YET_OPEN,
        OPEN,
        /** Full, new registrations join the waiting list. */
        WAITING_LIST,
        CLOSED,
        PAST
    }
}
