package org.convene.account;

/** What a person types to create a participant account. */
public record SignUpForm(String displayName, String email, String password) {
}
