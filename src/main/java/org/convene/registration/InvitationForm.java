package org.convene.registration;

/** Whom an organiser invites. {@code country} is an ISO 3166-1 alpha-2 code or empty; organisation may be empty. */
public record InvitationForm(String name, String email, String organisation, String country) {
}
