package org.convene.registration.ui;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ISO codes with names in the reader's language, sorted by those names. */
final class Countries {

    private Countries() {
    }

    static List<String> countries(Locale locale) {
        var collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(c -> country(c, locale), collator)).toList();
    }

    static String country(String code, Locale locale) {
        return code == null || code.isBlank() ? "" : Locale.of("", code).getDisplayCountry(locale);
    }

    static List<String> languages(Locale locale) {
        var collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOLanguages()).filter(l -> l.length() == 2)
                .sorted(Comparator.comparing(l -> language(l, locale), collator)).toList();
    }

    static String language(String code, Locale locale) {
        return code == null || code.isBlank() ? "" : Locale.of(code).getDisplayLanguage(locale);
    }
}
