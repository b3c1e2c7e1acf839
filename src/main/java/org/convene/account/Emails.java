package org.convene.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as Convene stores them: trimmed, lower case, checked for shape. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        var e = normalize(email);
        return !e.isEmpty() && e.length() <= User.EMAIL_MAX && SHAPE.matcher(e).matches()
                && !e.startsWith(".") && !e.contains("..") && e.indexOf('@') <= 64;
    }
}
