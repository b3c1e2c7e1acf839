package org.convene.base;

/**
 * Checks services apply to text that people send, whatever the UI already did. Each failure is a
 * {@link ConveneException} on the named field with a translation key.
 */
public final class Validation {

    private Validation() {
    }

    /** Trimmed, present, at most {@code max} characters, single line. */
    public static String requireLine(String value, String field, int max) {
        var v = optionalLine(value, field, max);
        if (v.isEmpty()) {
            throw ConveneException.onField(field, "validation.required");
        }
        return v;
    }

    /** Trimmed (empty when absent), at most {@code max} characters, single line. */
    public static String optionalLine(String value, String field, int max) {
        var v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw ConveneException.onField(field, "validation.too-long", max);
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw ConveneException.onField(field, "validation.control-characters");
        }
        return v;
    }

    /** Trimmed (empty when absent), at most {@code max} characters; line breaks and tabs allowed. */
    public static String optionalText(String value, String field, int max) {
        var v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw ConveneException.onField(field, "validation.too-long", max);
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw ConveneException.onField(field, "validation.control-characters");
        }
        return v;
    }
}
