package org.convene.document;

import java.text.Normalizer;

/** Cleans a file name that a browser or a client sent: what is left is safe to store and to send back. */
public final class FileNames {

    public static final int MAX = 200;

    private FileNames() {
    }

    /**
     * Unicode NFC, no path parts (either slash), no control or bidi-override characters, no
     * leading dots, at most {@link #MAX} characters (the extension kept); "file" when nothing is left.
     */
    public static String clean(String raw) {
        var name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var sb = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isFormatting(c)).forEach(sb::appendCodePoint);
        name = sb.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        name = name.replaceAll("[<>:\"|?*]", "_");
        if (name.isEmpty()) {
            return "file";
        }
        if (name.length() > MAX) {
            var dot = name.lastIndexOf('.');
            var ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = cut(name.substring(0, name.length() - ext.length()), MAX - ext.length()) + ext;
        }
        return name;
    }

    /** The name without its extension, for a default title. */
    public static String stem(String cleanName) {
        var dot = cleanName.lastIndexOf('.');
        return dot > 0 ? cleanName.substring(0, dot) : cleanName;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        var end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isFormatting(int c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
