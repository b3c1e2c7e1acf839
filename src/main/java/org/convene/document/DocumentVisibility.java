package org.convene.document;

/** Who sees a folder or an item, from the widest to the narrowest audience. */
public enum DocumentVisibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Confirmed participants of the seminar, or the members of the group. */
    PARTICIPANTS,
    /** Organisers, and the seminar's speakers or the group's coordinator. */
    ORGANISERS;

    /** Whether someone allowed up to {@code level} sees what has this visibility. */
    public boolean visibleTo(DocumentVisibility level) {
        return ordinal() <= level.ordinal();
    }
}
