package org.convene.account;

import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * Password strength as NIST SP 800-63B asks: long enough (10 to 128 characters, any characters,
 * spaces and emoji included), not known-breached or guessable, not the e-mail's own name. No
 * composition rules. Guessability is estimated with nbvcxz (dictionaries of about 100,000 leaked
 * passwords, words, names and surnames; keyboard patterns, repeats, sequences, dates); a password
 * needs at least {@link #MIN_ENTROPY} bits, and a refusal names the reason.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** nbvcxz's own default: about 2^35 guesses. */
    static final double MIN_ENTROPY = 35;

    private static final class Estimator {
        // Loading the dictionaries takes a moment: once, on first use.
        static final Nbvcxz NBVCXZ = new Nbvcxz(new ConfigurationBuilder().setMinimumEntropy(MIN_ENTROPY)
                .setLocale(Locale.ENGLISH).createConfiguration());
    }

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
        var lower = password.toLowerCase(Locale.ROOT);
        if (email != null && email.contains("@")) {
            var local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return Optional.of("account.password.contains-email");
            }
        }
        var result = Estimator.NBVCXZ.estimate(password);
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        return Optional.of(reason(result.getFeedback().getWarningKey()));
    }

    /** nbvcxz's warning, as one of Convene's own messages (translated like every other). */
    private static String reason(String warningKey) {
        if (warningKey == null) {
            return "account.password.guessable";
        }
        if (warningKey.startsWith("feedback.dictionary.warning.passwords")) {
            return "account.password.too-common";
        }
        if (warningKey.startsWith("feedback.spatial")) {
            return "account.password.keyboard";
        }
        if (warningKey.startsWith("feedback.repeat")) {
            return "account.password.repeats";
        }
        if (warningKey.startsWith("feedback.sequence")) {
            return "account.password.sequence";
        }
        if (warningKey.startsWith("feedback.year") || warningKey.startsWith("feedback.date")) {
            return "account.password.dates";
        }
        return "account.password.guessable";
    }
}
