package org.convene.registration;

import org.convene.seminar.Seminar;

/**
 * One of the signed-in person's registrations with its seminar, for "My seminars"; {@code cancellable}
 * when it is active and the seminar has not started (the rule {@link RegistrationService#cancel} applies).
 */
public record MyRegistration(Registration registration, Seminar seminar, boolean cancellable) {
}
