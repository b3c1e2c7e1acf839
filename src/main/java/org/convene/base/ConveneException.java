package org.convene.base;

import java.util.Arrays;

/**
 * A refusal a person can act on: carries a translation key (and its arguments) rather than a
 * message, so the UI shows it in the reader's language. {@code field} names the input at fault,
 * when there is one, so a form can put the message on that field.
 */
public class ConveneException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public ConveneException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private ConveneException(String field, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public static ConveneException onField(String field, String messageKey, Object... args) {
        return new ConveneException(field, messageKey, args);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
