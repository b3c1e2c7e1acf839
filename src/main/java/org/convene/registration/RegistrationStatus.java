package org.convene.registration;

/** Where a registration stands. Attendance is not a status: check-in records {@code attendedAt} on a confirmed one. */
public enum RegistrationStatus {
    /**
     * Made by someone whose e-mail address is not confirmed yet: holds no seat and no place in line until
     * it is; then it goes through the seat rules like a new registration (in the order addresses are confirmed).
     */
    UNVERIFIED,
    /** Waiting for an organiser's approval (seminars with approval). Holds no seat. */
    PENDING,
    /** Holds a seat. */
    CONFIRMED,
    /** On the waiting list at {@code waitlistPosition} (1 = next in line). */
    WAITLISTED,
    CANCELLED,
    REJECTED;

    public boolean isActive() {
        return this == UNVERIFIED || this == PENDING || this == CONFIRMED || this == WAITLISTED;
    }
}
