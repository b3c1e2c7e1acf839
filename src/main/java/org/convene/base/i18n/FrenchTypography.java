package org.convene.base.i18n;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French spacing rules: a no-break space before {@code :} and inside {@code « »}, a narrow no-break
 * space before {@code ;}, {@code ?} and {@code !}, so that none of them ever starts a line. Applied to
 * every French bundle text when it is loaded, and to strings code builds for French readers.
 * Colons in times ("14:00") and addresses ("https://") are left alone.
 */
public final class FrenchTypography {

    public static final char NBSP = '\u00A0';
    public static final char NARROW_NBSP = '\u202F';

    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile("[ \\u00A0\\u202F]+:");
    private static final Pattern SPACE_BEFORE_HIGH = Pattern.compile("[ \\u00A0\\u202F]+([;?!])");
    private static final Pattern GLUED_COLON = Pattern.compile("(?<=[\\p{L}\\p{N})}»’\"])(:)(?=\\s|$)");
    private static final Pattern GLUED_HIGH = Pattern.compile("(?<=[\\p{L}\\p{N})}»’\"])([;?!]+)(?=\\s|$|[\"’)])");
    private static final Pattern AFTER_OPENING = Pattern.compile("«[ \\u00A0\\u202F]*");
    private static final Pattern BEFORE_CLOSING = Pattern.compile("[ \\u00A0\\u202F]*»");

    private FrenchTypography() {
    }

    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var s = SPACE_BEFORE_COLON.matcher(text).replaceAll(NBSP + ":");
        s = SPACE_BEFORE_HIGH.matcher(s).replaceAll(NARROW_NBSP + "$1");
        s = GLUED_COLON.matcher(s).replaceAll(NBSP + ":");
        s = GLUED_HIGH.matcher(s).replaceAll(NARROW_NBSP + "$1");
        s = AFTER_OPENING.matcher(s).replaceAll("«" + NBSP);
        return BEFORE_CLOSING.matcher(s).replaceAll(NBSP + "»");
    }

    /** The text as the reader's language wants it: French rules in French, unchanged otherwise. */
    public static String apply(String text, Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? apply(text) : text;
    }
}
