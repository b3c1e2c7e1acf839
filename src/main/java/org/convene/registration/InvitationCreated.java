package org.convene.registration;

/**
 * An organiser invited someone by e-mail. {@code token} is the raw secret of the personal link
 * (only its hash is stored); the notification module puts it in the message. Completed event
 * publications are deleted, so the raw token does not stay in the database.
 */
public record InvitationCreated(long invitationId, long seminarId, String email, String name, String token) {
}
