package org.convene.statement;

import java.time.Instant;

/**
 * One row of the change feed as listeners receive it: something changed in a statement (a paragraph
 * saved, the structure, presence, or what the review part records: comments, proposals, status...).
 * {@code id} grows with each change; {@code paragraphId} and {@code actorId} may be null. Listeners
 * reload what they show; the change itself carries no content.
 */
public record StatementChange(long id, long statementId, String kind, Long paragraphId, Long actorId, Instant at) {

    /** Whether this change is of the given kind. */
    public boolean is(ChangeKind k) {
        return k.name().equals(kind);
    }
}
