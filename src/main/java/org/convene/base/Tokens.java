package org.convene.base;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets sent in links (password resets, e-mail verification, invitations, calendar feeds): 256
 * random bits, URL-safe; the database keeps only their SHA-256.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 43;

    private Tokens() {
    }

    /** 32 random bytes in base64url without padding (43 characters). */
    public static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for something shaped like a token; anything else is not looked up. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == LENGTH && urlSafe(token, 0, LENGTH);
    }

    /**
     * True when every character of {@code text} from {@code from} to {@code to} (exclusive) is one of base64url's:
     * {@code A-Z a-z 0-9 _ -}. A loop, not a regular expression: feeds check a name and a token on every request.
     */
    public static boolean urlSafe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            var c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** What the database keeps of a token: its hex SHA-256. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
