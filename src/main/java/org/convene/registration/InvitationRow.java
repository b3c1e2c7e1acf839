package org.convene.registration;

import java.time.Instant;

/** One invitation as the organiser's list shows it, with its status as of now (a sent one expires when the seminar starts). */
public record InvitationRow(long id, String fullName, String email, String organisation, String country,
                            InvitationStatus status, Instant createdAt) {

    /** Whether it can still be revoked (sent, not accepted, not expired). */
    public boolean revocable() {
        return status == InvitationStatus.SENT;
    }
}
