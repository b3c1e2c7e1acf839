package org.convene.statement;

/**
 * Lets other parts of the module grant read access beyond the team and organisers (for example
 * invited signatories). {@link StatementAccess} asks every bean of this type; one "yes" is enough.
 * Reading only: it never grants editing or commenting.
 */
interface StatementReaders {

    boolean mayRead(long statementId, long userId);
}
