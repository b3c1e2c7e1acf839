package org.convene.base.i18n;

import java.io.Serializable;
import java.util.Locale;

/**
 * A message parameter that words itself in the reader's language (a list of sessions with their
 * times, for example), for services that raise a message without knowing who will read it.
 */
@FunctionalInterface
public interface Localized extends Serializable {

    String in(Locale locale);
}
