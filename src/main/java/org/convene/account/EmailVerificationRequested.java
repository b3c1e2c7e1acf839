package org.convene.account;

/**
 * A new account must confirm its e-mail address. {@code token} is the raw secret of the link (only its
 * hash is stored); completed event publications are deleted, so it does not stay in the database.
 */
public record EmailVerificationRequested(long userId, String token) {
}
