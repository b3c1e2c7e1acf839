package org.convene.base.security;

import java.time.ZoneId;
import java.util.Locale;

/** What the app shell needs to know of the signed-in person, without knowing the account module. */
public interface ConvenePrincipal {
    long id();

    String displayName();

    Locale locale();

    /** The time zone of the person's profile, or null when there is none. */
    default ZoneId zone() {
        return null;
    }
}
