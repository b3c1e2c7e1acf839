package org.convene.registration;

/**
 * Published in the transaction that changed the registration; listeners react after commit.
 * {@code version} is the registration row's version after this change (see {@link RegistrationConfirmed}).
 */
public record RegistrationRejected(long registrationId, long seminarId, long userId, String reason, long version) {

    public RegistrationRejected(long registrationId, long seminarId, long userId, String reason) {
        this(registrationId, seminarId, userId, reason, 0L);
    }
}
