package org.convene.registration;

import org.convene.seminar.Seminar;

/** One of the signed-in person's registrations with its seminar, for "My seminars". */
public record MyRegistration(Registration registration, Seminar seminar) {
}
