package org.convene.base;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Secrets sent in links (password resets, e-mail verification, invitations, calendar feeds): 256
 * random bits, URL-safe; the database keeps only their SHA-256.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

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
        return token != null && SHAPE.matcher(token).matches();
    }

    /** What the database keeps of a token: its hex SHA-256. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
