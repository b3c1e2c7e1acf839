package org.convene.registration;

/**
 * Published in the transaction that changed the registration; listeners react after commit.
 * {@code version} is the registration row's version after this change: with the id it names this
 * change, so a cancelled registration taken up again is a new event (mail idempotency keys use it).
 */
public record RegistrationCancelled(long registrationId, long seminarId, long userId, long version) {

    /** Without a version (events from before it existed, tests): the first change of the registration. */
    public RegistrationCancelled(long registrationId, long seminarId, long userId) {
        this(registrationId, seminarId, userId, 0L);
    }
}
