package org.convene.registration;

/** Small factories for registration test data. */
public final class RegistrationFixtures {

    private RegistrationFixtures() {
    }

    public static RegistrationForm aRegistrationForm() {
        return new RegistrationForm("Ministry of Health", "IT", Sector.HEALTH, Gender.WOMAN, "", "Vegetarian", "fr",
                true, true);
    }

    public static RegistrationForm aRegistrationForm(String country, Sector sector, Gender gender) {
        return new RegistrationForm("NGO " + country, country, sector, gender, "", "", "", false, true);
    }
}
