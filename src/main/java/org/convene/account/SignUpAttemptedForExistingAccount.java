package org.convene.account;

import java.time.Instant;

/**
 * Someone tried to create an account with an address that already has one. The person signing up got
 * the same answer as for a new account; the owner of the address is told by e-mail instead.
 */
public record SignUpAttemptedForExistingAccount(long userId, Instant attemptedAt) {
}
