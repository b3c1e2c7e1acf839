package org.convene.account;

/** Someone asked to reset this account's password; {@code token} is the raw secret of the single-use link. */
public record PasswordResetRequested(long userId, String token) {
}
