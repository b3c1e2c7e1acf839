package org.convene.notification;

import java.util.List;

/**
 * Who takes part in a seminar, for the messages about it, told by the registration module. Every
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
