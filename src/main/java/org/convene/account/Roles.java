package org.convene.account;

/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}, which need constants. */
public final class Roles {
    public static final String ORGANISER = "ORGANISER";
    public static final String EXPERT = "EXPERT";
    public static final String PARTICIPANT = "PARTICIPANT";

    private Roles() {
    }
}
