package org.convene.registration;

/**
 * What a participant fills in. {@code country} is an ISO 3166-1 alpha-2 code, {@code interpretationLanguage}
 * an ISO 639-1 code or empty; {@code gender} may be null.
 */
public record RegistrationForm(String organisation, String country, Sector sector, Gender gender,
                               String accessibilityNeeds, String dietaryNeeds, String interpretationLanguage,
                               boolean listedConsent, boolean privacyConsent) {

    public static RegistrationForm of(Registration r) {
        return new RegistrationForm(r.getOrganisation(), r.getCountry(), r.getSector(), r.getGender(),
                r.getAccessibilityNeeds(), r.getDietaryNeeds(), r.getInterpretationLanguage(), r.isListedConsent(),
                r.isPrivacyConsent());
    }
}
