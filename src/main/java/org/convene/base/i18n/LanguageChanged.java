package org.convene.base.i18n;

import java.util.Locale;

/** The signed-in person picked another language in the app shell; their profile remembers it. */
public record LanguageChanged(long userId, Locale locale) {
}
