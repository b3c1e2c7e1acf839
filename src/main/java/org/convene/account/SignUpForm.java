package org.convene.account;

/** What a person types to create a participant account. */
/** What a new account starts from; the time zone is the browser's when known (else the profile's default). */
public record SignUpForm(String displayName, String email, String password, String timeZone) {

    public SignUpForm(String displayName, String email, String password) {
        this(displayName, email, password, null);
    }
}
