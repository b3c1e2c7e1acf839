package org.convene.registration;

import org.convene.seminar.SeminarDetails;

/** What the person holding an invitation link sees: the seminar, whom it is for and where it stands. */
public record InvitationDetails(SeminarDetails seminar, String name, String organisation, String country,
                                InvitationStatus status) {
}
