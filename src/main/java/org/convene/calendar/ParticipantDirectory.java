package org.convene.calendar;

import java.util.List;

/**
 * Who takes part in a seminar (who holds its calendar invitation), for the invitations, updates and
 * cancellations sent to them; told by the registration module. It lives here rather than in
 * notification so that registration can implement it without a dependency cycle (notification
 * listens to registration's events) and without anything referencing notification. Every
 * bean implementing this interface is asked and the answers are merged; both default to nobody.
 */
public interface ParticipantDirectory {

    /** Everybody with a live registration (confirmed, waiting list, awaiting approval): told of changes. */
    default List<Long> activeParticipantUserIds(long seminarId) {
        return List.of();
    }

    /** Those with a confirmed place, who hold a calendar invitation: their messages carry REQUEST/CANCEL. */
    default List<Long> confirmedParticipantUserIds(long seminarId) {
        return List.of();
    }
}
