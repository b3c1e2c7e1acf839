package org.convene.registration;

import org.convene.seminar.SeminarDetails;

/**
 * One of the signed-in person's registrations with its seminar, for "My seminars"; {@code cancellable}
 * when it is active and the seminar has not started (the rule {@link RegistrationService#cancel} applies).
 */
public record MyRegistration(Registration registration, SeminarDetails seminar, boolean cancellable) {
}
