package org.convene.base;

/** Something asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends ConveneException {
    public NotFoundException() {
        super("error.not-found");
    }
}
