package org.convene.account;

/** What a person may do. A person may hold several roles. */
public enum Role {
    ORGANISER, EXPERT, PARTICIPANT;

    /** Spring Security authority name, e.g. {@code ROLE_ORGANISER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
