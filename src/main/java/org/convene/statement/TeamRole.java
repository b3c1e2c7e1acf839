package org.convene.statement;

/** A person's part in a statement's drafting team. LEAD and CO_AUTHOR edit; REVIEWER reads and comments. */
public enum TeamRole {
    LEAD, CO_AUTHOR, REVIEWER;

    public boolean edits() {
        return this != REVIEWER;
    }
}
