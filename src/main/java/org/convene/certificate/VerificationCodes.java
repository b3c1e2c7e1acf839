package org.convene.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 128 random bits in Crockford's base 32 (26 characters, no I, L, O or U, so
 * nothing is misread when typed from paper), printed in groups of four. Unguessable; the code itself
 * is the certificate's public id.
 */
final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int LENGTH = 26;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        var value = new java.math.BigInteger(1, bytes);
        var out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET[value.intValue() & 31];
            value = value.shiftRight(5);
        }
        return new String(out);
    }

    /** What a person typed, made canonical (case, spaces, dashes, O for 0, I and L for 1); empty when it cannot be a code. */
    static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        var code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return code.length() == LENGTH && code.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0)
                ? Optional.of(code) : Optional.empty();
    }

    static String display(String code) {
        var out = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, Math.min(code.length(), i + 4));
        }
        return out.toString();
    }
}
