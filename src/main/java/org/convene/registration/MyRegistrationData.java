package org.convene.registration;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.convene.seminar.SeminarDetails;

/** One of the signed-in person's registrations as Convene keeps it, for "my data" and its JSON download. */
public record MyRegistrationData(long registrationId, String seminarTitle, String seminarPublicId,
                                 LocalDateTime seminarStartsAt, String seminarTimeZone, RegistrationStatus status,
                                 Integer waitlistPosition, String fullName, String email, String organisation,
                                 String country, Sector sector, Gender gender, String accessibilityNeeds,
                                 String dietaryNeeds, String interpretationLanguage, boolean listedConsent,
                                 boolean privacyConsent, String rejectionReason, Instant attendedAt,
                                 Instant createdAt, Instant updatedAt, List<QuestionAnswer> answers) {

    static MyRegistrationData of(Registration r, SeminarDetails s, List<QuestionAnswer> answers) {
        return new MyRegistrationData(r.getId(), s.title(), s.publicId(), s.startsAt(), s.timeZone().getId(),
                r.getStatus(), r.getWaitlistPosition(), r.getFullName(), r.getEmail(), r.getOrganisation(),
                r.getCountry(), r.getSector(), r.getGender(), r.getAccessibilityNeeds(), r.getDietaryNeeds(),
                r.getInterpretationLanguage(), r.isListedConsent(), r.isPrivacyConsent(), r.getRejectionReason(),
                r.getAttendedAt(), r.getCreatedAt(), r.getUpdatedAt(), answers);
    }
}
