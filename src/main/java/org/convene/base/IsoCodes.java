package org.convene.base;

import java.util.Locale;
import java.util.Set;

/** The country and language codes Convene accepts: ISO 3166-1 alpha-2 (upper case) and ISO 639-1 (lower case). */
public final class IsoCodes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private IsoCodes() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean isLanguage(String code) {
        return code != null && code.length() == 2 && LANGUAGES.contains(code);
    }
}
