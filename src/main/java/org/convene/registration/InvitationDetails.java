package org.convene.registration;

import org.convene.seminar.Seminar;

/** What the person holding an invitation link sees: the seminar, whom it is for and where it stands. */
public record InvitationDetails(Seminar seminar, String name, String organisation, String country,
                                InvitationStatus status) {
}
