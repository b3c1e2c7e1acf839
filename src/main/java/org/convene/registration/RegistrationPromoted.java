package org.convene.registration;

/** Published in the transaction that changed the registration; listeners react after commit. */
public record RegistrationPromoted(long registrationId, long seminarId, long userId) {
}
