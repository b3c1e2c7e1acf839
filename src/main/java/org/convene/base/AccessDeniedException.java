package org.convene.base;

/** The current person may not do this. Services throw it after their own checks. */
public class AccessDeniedException extends ConveneException {
    public AccessDeniedException() {
        super("error.access-denied");
    }
}
