package org.convene.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Minimum password strength: 10 to 128 characters, at least two kinds of characters (letters,
 * digits, others), not a well-known password and not the e-mail's own name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password12", "password123", "password1234", "1234567890", "qwertyuiop", "azertyuiop",
            "iloveyou12", "letmein123", "welcome123", "administrator", "motdepasse", "motdepasse1",
            "qwerty1234", "abc1234567", "0123456789", "passw0rd12", "changeme123", "convene123");

    private PasswordPolicy() {
    }

    /** The translation key of the first rule the password breaks, or empty when it is strong enough. */
    public static Optional<String> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("account.password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account.password.too-long");
        }
        int kinds = 0;
        if (password.chars().anyMatch(Character::isLetter)) {
            kinds++;
        }
        if (password.chars().anyMatch(Character::isDigit)) {
            kinds++;
        }
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
            kinds++;
        }
        if (kinds < 2) {
            return Optional.of("account.password.too-simple");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("account.password.too-common");
        }
        if (email != null && email.contains("@")) {
            var local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return Optional.of("account.password.contains-email");
            }
        }
        return Optional.empty();
    }
}
