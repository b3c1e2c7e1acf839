package org.convene.base;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code mailto:} URIs (RFC 6068) for any address Convene accepts: characters outside the ones a
 * mailto address may carry as they are ({@code % | { } # ? / & = ^ `} and non-ASCII) are
 * percent-encoded, so {@link URI#create} never refuses an address the sign-up took.
 */
public final class Mailto {

    private static final String PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$'()*+,;:@";

    private Mailto() {
    }

    public static URI uri(String address) {
        var out = new StringBuilder("mailto:");
        for (byte b : address.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && PLAIN.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return URI.create(out.toString());
    }
}
