package org.convene.statement;

/**
 * Where a statement stands. Drafting creates DRAFT; the review part moves it on. Content changes
 * are refused in SIGN_OFF, PUBLISHED and WITHDRAWN ({@link #frozen()}).
 */
public enum StatementStatus {
    DRAFT, IN_REVIEW, SIGN_OFF, PUBLISHED, WITHDRAWN;

    /** Whether the text may no longer change (save, add, move, delete, restore are refused). */
    public boolean frozen() {
        return this == SIGN_OFF || this == PUBLISHED || this == WITHDRAWN;
    }
}
