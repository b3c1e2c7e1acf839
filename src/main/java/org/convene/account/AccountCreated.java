package org.convene.account;

/** A new account exists (self sign-up, invitation or bootstrap). */
public record AccountCreated(long userId, String email) {
}
