package org.convene.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a certificate states, as issued (later changes to the seminar do not change it), with its
 * verification code. {@code minutesAttended} is null when the seminar had no published agenda.
 */
public record Certificate(String code, long registrationId, long seminarId, String fullName, String seminarTitle,
                          String place, LocalDate startsOn, LocalDate endsOn, Integer minutesAttended, String issuer,
                          Instant issuedAt) {

    /** The code as printed: groups of four characters. */
    public String displayCode() {
        return VerificationCodes.display(code);
    }
}
