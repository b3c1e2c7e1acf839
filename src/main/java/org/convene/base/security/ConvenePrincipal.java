package org.convene.base.security;

import java.util.Locale;

/** What the app shell needs to know of the signed-in person, without knowing the account module. */
public interface ConvenePrincipal {
    long id();

    String displayName();

    Locale locale();
}
