package org.convene.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * RFC 5545 line format: CRLF, folding at 75 octets without splitting a UTF-8 sequence (iCal4j counts
 * characters). Shared by every module that writes iCalendar text.
 */
public final class Ics {

    static final int MAX_OCTETS = 75;

    private Ics() {
    }

    /**
     * Folds every content line of {@code text} (any line ending) and ends each with CRLF. The text must
     * be unfolded: a line already folded elsewhere would be folded again on its own.
     */
    public static String fold(String text) {
        var out = new StringBuilder(text.length() + text.length() / 32);
        for (var line : text.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            foldLine(line, out);
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /**
     * A strong validator for the content: the SHA-256 of the calendar without its DTSTAMP lines,
     * which change at every rendering while the content does not.
     */
    static String etag(String ics) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var line : ics.split("\r\n")) {
                if (!line.startsWith("DTSTAMP:")) {
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
