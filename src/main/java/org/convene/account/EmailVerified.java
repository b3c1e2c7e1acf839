package org.convene.account;

/** A person confirmed their e-mail address through the link sent to it; what waited for that may go on. */
public record EmailVerified(long userId) {
}
