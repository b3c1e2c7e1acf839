package org.convene.registration;

/** Where a registration stands. Attendance is not a status: check-in records {@code attendedAt} on a confirmed one. */
public enum RegistrationStatus {
    /** Waiting for an organiser's approval (seminars with approval). Holds no seat. */
    PENDING,
    /** Holds a seat. */
    CONFIRMED,
    /** On the waiting list at {@code waitlistPosition} (1 = next in line). */
    WAITLISTED,
    CANCELLED,
    REJECTED;

    public boolean isActive() {
        return this == PENDING || this == CONFIRMED || this == WAITLISTED;
    }
}
